import { escapeHtml, layout } from '../html';
import { sendHtml, staticPage, type Section } from '../http';

/** A table a database manager might show: rows a Behat suite picks by their text (`tr:contains('Dracula')`). */
const BOOKS = [
  { title: 'Frankenstein', author: 'Mary Shelley', year: 1818 },
  { title: 'Mathilda', author: 'Mary Shelley', year: 1959 },
  { title: 'Dracula', author: 'Bram Stoker', year: 1897 },
  { title: 'The Last Man', author: 'Mary Shelley', year: 1826 },
];

function row(book: (typeof BOOKS)[number]): string {
  const title = escapeHtml(book.title);
  return `    <tr>
      <td><input type="checkbox" name="picked" value="${title}" aria-label="Pick ${title}"></td>
      <td class="title">${title}</td><td class="author">${escapeHtml(book.author)}</td><td class="year">${book.year}</td>
      <td><a class="edit" href="/books/edit?title=${encodeURIComponent(book.title)}">Edit</a></td>
      <td><form method="post" action="/books/delete"><input type="hidden" name="title" value="${title}"><button>Delete</button></form></td>
    </tr>`;
}

const books = layout(
  'Books',
  `
<table id="books">
  <thead><tr><th></th><th>Title</th><th>Author</th><th>Year</th><th></th><th></th></tr></thead>
  <tbody>
${BOOKS.map(row).join('\n')}
  </tbody>
</table>
`,
);

export const bookSection: Section = {
  heading: 'Tables',
  routes: [
    staticPage('/books', books, 'Books (rows picked by their text)'),
    {
      path: '/books/edit',
      handle: (req, res) => {
        const title = req.url.searchParams.get('title') ?? '';
        sendHtml(res, layout('Edit book', `<p id="editing">Editing ${escapeHtml(title)}</p>`));
      },
    },
    {
      path: '/books/delete',
      handle: (req, res) => {
        const title = new URLSearchParams(req.body.toString('utf8')).get('title') ?? '';
        sendHtml(res, layout('Book deleted', `<p id="deleted">Deleted ${escapeHtml(title)}</p>`));
      },
    },
  ],
};
