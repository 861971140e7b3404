import { layout, script } from '../html';
import { sendJson, staticPage, type Section } from '../http';

/**
 * A page whose price comes from an API request its script sends on a click: the server's answer
 * shows the price, an error answer the error state, and while the answer is on its way the page says
 * "Loading…". A link leads to the API itself. For the request-stub steps, which answer /api/prices
 * without the server.
 */
const prices = layout(
  'Prices from the API',
  `
<button type="button" id="show-price">Show the price</button>
<p id="price-state">No price asked for yet</p>
<p><a href="/api/prices">The price as JSON</a></p>
${script(`
var state = document.getElementById('price-state');
document.getElementById('show-price').addEventListener('click', function () {
  state.textContent = 'Loading…';
  fetch('/api/prices').then(function (response) {
    if (!response.ok) { state.textContent = 'The price could not be loaded (HTTP ' + response.status + ')'; return; }
    return response.json().then(function (body) { state.textContent = 'Price: ' + body.price + ' ' + body.currency; });
  }).catch(function () { state.textContent = 'The price could not be loaded (no answer)'; });
});
`)}
`,
);

export const pricesSection: Section = {
  heading: 'Prices from an API',
  routes: [
    staticPage('/prices', prices, 'A price fetched by a script'),
    { path: '/api/prices', handle: (_req, res) => sendJson(res, { price: '12.50', currency: 'EUR' }) },
  ],
};
