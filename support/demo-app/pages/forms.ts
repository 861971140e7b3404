import { layout } from '../html';
import { staticPage, type Section } from '../http';

/** A transparent 1×1 GIF, so the image button needs no asset route. */
const PIXEL_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

const textFields = layout(
  'Text fields',
  `
<form id="text-form" action="/echo" method="post">
  <p><label for="name">Full name</label> <input type="text" id="name" name="name"></p>
  <p><label for="email">Email address</label> <input type="email" id="email" name="email"></p>
  <p><label for="password">Password</label> <input type="password" id="password" name="password"></p>
  <p><label for="age">Age</label> <input type="number" id="age" name="age" value="30"></p>
  <p><label for="birthday">Birthday</label> <input type="date" id="birthday" name="birthday"></p>
  <p><label for="search">Search terms</label> <input type="search" id="search" name="q"></p>
  <p><label for="phone">Phone</label> <input type="tel" id="phone" name="phone"></p>
  <p><label for="website">Website</label> <input type="url" id="website" name="website"></p>
  <input type="hidden" id="token" name="token" value="abc123">
  <p><label for="bio">Biography</label> <textarea id="bio" name="bio">Initial bio</textarea></p>
  <p><input type="submit" value="Send"></p>
</form>
`,
);

const labels = layout(
  'Labels and accessible names',
  `
<form id="address-form" action="/echo" method="post">
  <p><label for="city">City</label> <input type="text" id="city" name="city_field"></p>
  <p><label>Country <input type="text" name="country"></label></p>
  <p><input type="text" name="zip" placeholder="Postcode"></p>
  <p><input type="text" name="street" aria-label="Street address"></p>
  <p><input type="text" name="floor" data-testid="floor-input"></p>
  <p><label><input type="checkbox" name="residential" value="yes"> Residential address</label></p>
  <p><button type="submit">Save address</button></p>
</form>
`,
);

const selects = layout(
  'Select boxes',
  `
<form id="select-form" action="/echo" method="post">
  <p><label for="country-select">Country</label>
    <select id="country-select" name="country">
      <option value="">Choose a country</option>
      <option value="fr">France</option>
      <option value="de" selected>Germany</option>
      <option value="uk">United Kingdom</option>
    </select></p>
  <p><label for="toppings">Toppings</label>
    <select id="toppings" name="toppings[]" multiple>
      <optgroup label="Vegetables">
        <option value="mushroom">Mushrooms</option>
        <option value="pepper">Green peppers</option>
      </optgroup>
      <optgroup label="Meat">
        <option value="ham" selected>Ham</option>
        <option value="bacon">Bacon</option>
      </optgroup>
    </select></p>
  <p><label>Size
    <select name="size">
      <option>Small</option>
      <option>Medium</option>
      <option>Large</option>
    </select></label></p>
  <p><input type="submit" value="Order"></p>
</form>
`,
);

const checkboxes = layout(
  'Checkboxes and radio buttons',
  `
<form id="preferences-form" action="/echo" method="post">
  <p><input type="checkbox" id="terms" name="terms"> <label for="terms">I accept the terms</label></p>
  <p><input type="checkbox" id="newsletter" name="newsletter" value="weekly" checked>
     <label for="newsletter">Weekly newsletter</label></p>
  <fieldset>
    <legend>Interests</legend>
    <label><input type="checkbox" name="interests[]" value="music"> Music</label>
    <label><input type="checkbox" name="interests[]" value="sport" checked> Sport</label>
    <label><input type="checkbox" name="interests[]" value="books"> Books</label>
  </fieldset>
  <fieldset>
    <legend>Delivery</legend>
    <label><input type="radio" name="delivery" value="standard" checked> Standard delivery</label>
    <label><input type="radio" name="delivery" value="express"> Express delivery</label>
    <label><input type="radio" name="delivery" value="pickup"> Pick up in store</label>
  </fieldset>
  <fieldset>
    <legend>Colour</legend>
    <input type="radio" id="colour-red" name="colour" value="red"> <label for="colour-red">Red</label>
    <input type="radio" id="colour-blue" name="colour" value="blue"> <label for="colour-blue">Blue</label>
  </fieldset>
  <p><input type="submit" value="Save preferences"></p>
</form>
`,
);

const upload = layout(
  'File upload',
  `
<form id="upload-form" action="/echo" method="post" enctype="multipart/form-data">
  <p><label for="avatar">Avatar</label> <input type="file" id="avatar" name="avatar"></p>
  <p><label for="description">Description</label> <input type="text" id="description" name="description"></p>
  <p><input type="submit" value="Upload"></p>
</form>
`,
);

const disabled = layout(
  'Disabled fields',
  `
<form id="disabled-form" action="/echo" method="post">
  <p><label for="enabled-field">Enabled field</label> <input id="enabled-field" name="enabled" value="yes"></p>
  <p><label for="disabled-field">Disabled field</label>
     <input id="disabled-field" name="disabled" value="no" disabled></p>
  <fieldset disabled>
    <legend>Locked section</legend>
    <p><label for="locked-field">Locked field</label> <input id="locked-field" name="locked" value="locked"></p>
  </fieldset>
  <p><input type="submit" value="Submit">
     <input type="submit" name="unavailable" value="Unavailable button" disabled></p>
</form>
`,
);

const unnamed = layout(
  'Unnamed fields',
  `
<form id="unnamed-form" action="/echo" method="post">
  <p><label for="unnamed">Unnamed field</label> <input id="unnamed" value="not sent"></p>
  <p><label for="named">Named field</label> <input id="named" name="named" value="sent"></p>
  <p><input type="submit" value="Submit"></p>
</form>
`,
);

const buttons = layout(
  'Submit buttons',
  `
<form id="buttons-form" action="/echo" method="post">
  <p><label for="title">Title</label> <input id="title" name="title" value="Draft title"></p>
  <p>
    <button type="submit" name="action" value="save">Save</button>
    <button type="submit" name="action" value="publish" title="Make it public">Publish</button>
    <input type="submit" name="preview" value="Preview">
    <button name="implicit" value="yes">Button without a type</button>
    <input type="image" name="map" src="${PIXEL_GIF}" alt="Submit with the image" width="24" height="24">
  </p>
  <p>
    <button type="submit" formaction="/echo/alternate" name="action" value="alternate">Send elsewhere</button>
    <button type="submit" formaction="/echo/searched" formmethod="get" name="action" value="find">Find with GET</button>
  </p>
  <p>
    <button type="reset">Reset form</button>
    <button type="button" id="plain-button">Plain button</button>
  </p>
</form>
`,
);

const outside = layout(
  'Fields outside their form',
  `
<form id="outside-form" action="/echo" method="post">
  <p><label for="inside">Inside field</label> <input id="inside" name="inside" value="in"></p>
  <p><input type="submit" value="Submit"></p>
</form>
<p><label for="outside">Outside field</label> <input id="outside" name="outside" value="out" form="outside-form"></p>
<p><button type="submit" form="outside-form" name="external" value="yes">Submit from outside</button></p>
`,
);

const getQuery = layout(
  'GET form with a query string',
  `
<p>The action is <code>/echo?source=search-page</code>. A GET submission replaces that query with the form data,
as browsers do.</p>
<form id="get-form" action="/echo?source=search-page" method="get">
  <p><label for="query">Query</label> <input type="search" id="query" name="query"></p>
  <p><label for="page">Page</label> <input type="number" id="page" name="page" value="1"></p>
  <p><input type="submit" value="Search"></p>
</form>
`,
);

const noSubmit = layout(
  'Form without a submit button',
  `
<p>A browser submits this form when Enter is pressed in its only field.</p>
<form id="no-submit-form" action="/echo" method="post">
  <p><label for="lonely">Lonely field</label> <input id="lonely" name="lonely"></p>
</form>
`,
);

const formsIndex = layout(
  'Forms',
  `
<ul>
  <li><a href="/forms/text">Text fields</a></li>
  <li><a href="/forms/labels">Labels and accessible names</a></li>
  <li><a href="/forms/select">Select boxes</a></li>
  <li><a href="/forms/checkboxes">Checkboxes and radio buttons</a></li>
  <li><a href="/forms/upload">File upload</a></li>
  <li><a href="/forms/disabled">Disabled fields</a></li>
  <li><a href="/forms/unnamed">Unnamed fields</a></li>
  <li><a href="/forms/buttons">Submit buttons</a></li>
  <li><a href="/forms/outside">Fields outside their form</a></li>
  <li><a href="/forms/get-query">GET form with a query string</a></li>
  <li><a href="/forms/no-submit">Form without a submit button</a></li>
</ul>
`,
);

export const formSection: Section = {
  heading: 'Forms',
  routes: [
    staticPage('/forms', formsIndex, 'Forms'),
    staticPage('/forms/text', textFields, 'Text fields'),
    staticPage('/forms/labels', labels, 'Labels and accessible names'),
    staticPage('/forms/select', selects, 'Select boxes'),
    staticPage('/forms/checkboxes', checkboxes, 'Checkboxes and radio buttons'),
    staticPage('/forms/upload', upload, 'File upload'),
    staticPage('/forms/disabled', disabled, 'Disabled fields'),
    staticPage('/forms/unnamed', unnamed, 'Unnamed fields'),
    staticPage('/forms/buttons', buttons, 'Submit buttons'),
    staticPage('/forms/outside', outside, 'Fields outside their form'),
    staticPage('/forms/get-query', getQuery, 'GET form with a query string'),
    staticPage('/forms/no-submit', noSubmit, 'Form without a submit button'),
  ],
};
