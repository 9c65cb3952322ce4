// The query page: pick a research query, edit it, run it against /parley/sparql, read the table, download it.
// Data from the store is only ever put in the page through textContent and attributes, never as HTML.
'use strict';

(() => {
  const OUR_IRIS = 'https://w3id.org/parley/id/';
  const PREFIXES = [
    ['neg:', 'https://w3id.org/parley/ontology#'],
    ['wd:', 'http://www.wikidata.org/entity/'],
    ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
    ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
    ['owl:', 'http://www.w3.org/2002/07/owl#'],
    ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
    ['dcterms:', 'http://purl.org/dc/terms/'],
    ['prov:', 'http://www.w3.org/ns/prov#'],
    ['foaf:', 'http://xmlns.com/foaf/0.1/'],
  ];
  // Enough to read; a browser slows down on tables of many thousand rows. The endpoint gives them all.
  const SHOWN_ROWS = 1000;
  const NUMBER = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger)$/;
  const ACCEPT = 'application/sparql-results+json, text/turtle;q=0.9';

  const list = document.getElementById('query-list');
  const form = document.getElementById('query-form');
  const editor = document.getElementById('editor');
  const runButton = document.getElementById('run');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  let queries = [];
  let downloads = [];

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setStatus(text, kind) {
    status.textContent = text;
    status.className = kind || '';
  }

  async function loadQueries() {
    try {
      const response = await fetch('queries.json', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      queries = await response.json();
    } catch (error) {
      setStatus(`Cannot load the list of queries (${error.message}); you can still write one.`, 'error');
      return;
    }
    for (const query of queries) {
      const button = element('button', 'query');
      button.type = 'button';
      button.dataset.query = query.name;
      button.append(element('span', 'name', query.name), element('span', 'title', query.title));
      button.addEventListener('click', () => pick(query.name));
      const item = element('li');
      item.append(button);
      list.append(item);
    }
    // /explore opens a query with its filters filled in: ?query= carries that text.
    const given = new URLSearchParams(location.search).get('query');
    pick(queries.some(q => q.name === namedInAddress()) ? namedInAddress() : queries.length ? queries[0].name : null);
    if (given) {
      editor.value = given;
      history.replaceState(null, '', location.pathname + location.hash);
      setStatus('The query as /explore ran it loaded: Run or Ctrl+Enter.');
    }
  }

  // The address names the query shown (#most-mentioned), so it can be bookmarked or sent.
  function namedInAddress() {
    return decodeURIComponent(location.hash.slice(1));
  }

  function pick(name) {
    const query = queries.find(q => q.name === name);
    if (!query) return;
    editor.value = query.text;
    for (const button of list.querySelectorAll('button')) {
      button.setAttribute('aria-current', String(button.dataset.query === name));
    }
    history.replaceState(null, '', '#' + encodeURIComponent(name));
    results.replaceChildren();
    setStatus(`${name}.rq loaded: Run or Ctrl+Enter.`);
  }

  async function runQuery() {
    const query = editor.value;
    if (!query.trim()) {
      setStatus('Write a query first.', 'error');
      return;
    }
    runButton.disabled = true;
    results.replaceChildren();
    setStatus('Running…', 'busy');
    const started = performance.now();
    let response;
    let body;
    try {
      response = await fetch('parley/sparql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', Accept: ACCEPT },
        body: new URLSearchParams({ query }),
      });
      body = await response.text();
    } catch (error) {
      showError('The server did not answer.', error.message);
      return;
    } finally {
      runButton.disabled = false;
    }
    const took = `${Math.round(performance.now() - started)} ms`;
    if (!response.ok) {
      showError(failureTitle(response.status), body);
      return;
    }
    const type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
    if (type !== 'application/sparql-results+json') {
      // CONSTRUCT and DESCRIBE answer with triples.
      results.append(element('pre', 'triples', body));
      setStatus(`${type} in ${took}`, 'done');
      return;
    }
    let answer;
    try {
      answer = JSON.parse(body);
    } catch (error) {
      showError('The answer was cut off: the server most likely stopped the query at its time limit.',
                body.slice(-400));
      return;
    }
    if ('boolean' in answer) {
      results.append(element('p', 'boolean', answer.boolean ? 'Yes (true)' : 'No (false)'));
      setStatus(`ASK answered in ${took}`, 'done');
      return;
    }
    const rows = answer.results.bindings;
    renderTable(answer.head.vars, rows);
    offerDownloads(answer, body);
    setStatus(`${rows.length} ${rows.length === 1 ? 'row' : 'rows'} in ${took}`, 'done');
  }

  function failureTitle(code) {
    if (code === 400) return 'The query has an error:';
    if (code === 503) return 'The server stopped the query (it ran past the time limit, or the server is busy):';
    return `The query failed (HTTP ${code}):`;
  }

  function showError(title, detail) {
    setStatus('Failed', 'error');
    const box = element('div', 'failure');
    box.setAttribute('role', 'alert');
    box.append(element('p', 'failure-title', title));
    if (detail && detail.trim()) box.append(element('pre', 'failure-detail', detail.trim()));
    results.replaceChildren(box);
  }

  function renderTable(vars, rows) {
    const table = element('table', 'results');
    const head = element('tr');
    head.append(element('th', 'row-number', '#'));
    for (const v of vars) head.append(element('th', null, v));
    const thead = element('thead');
    thead.append(head);
    table.append(thead);
    const body = element('tbody');
    rows.slice(0, SHOWN_ROWS).forEach((row, index) => {
      const tr = element('tr');
      tr.append(element('td', 'row-number', String(index + 1)));
      for (const v of vars) {
        const td = element('td');
        if (row[v]) td.append(renderTerm(row[v], td));
        tr.append(td);
      }
      body.append(tr);
    });
    table.append(body);
    const wrapper = element('div', 'table-wrapper');
    wrapper.append(table);
    results.replaceChildren(wrapper);
    if (rows.length > SHOWN_ROWS) {
      results.append(element('p', 'note',
        `Showing the first ${SHOWN_ROWS} of ${rows.length} rows; the downloads hold them all.`));
    }
  }

  // The whole result, not only the rows shown: as the endpoint's JSON, and as SPARQL 1.1 CSV made from it.
  function offerDownloads(answer, json) {
    downloads.forEach(URL.revokeObjectURL);
    const name = currentQueryName() || 'results';
    const csv = URL.createObjectURL(new Blob([toCsv(answer)], { type: 'text/csv;charset=utf-8' }));
    const jsonUrl = URL.createObjectURL(new Blob([json], { type: 'application/sparql-results+json' }));
    downloads = [csv, jsonUrl];
    const bar = element('p', 'downloads');
    bar.append(downloadLink('download-csv', 'Download CSV', csv, name + '.csv'), ' ',
               downloadLink('download-json', 'Download JSON', jsonUrl, name + '.json'));
    results.prepend(bar);
  }

  function downloadLink(id, text, url, fileName) {
    const link = element('a', 'download', text);
    link.id = id;
    link.href = url;
    link.download = fileName;
    return link;
  }

  function currentQueryName() {
    const current = list.querySelector('[aria-current="true"]');
    return current ? current.dataset.query : null;
  }

  // https://www.w3.org/TR/sparql11-results-csv-tsv/: values without their RDF syntax, quoted when they must be.
  function toCsv(answer) {
    const field = value => /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
    const lines = [answer.head.vars.map(field).join(',')];
    for (const row of answer.results.bindings) {
      lines.push(answer.head.vars.map(v => {
        const term = row[v];
        if (!term) return '';
        return field(term.type === 'bnode' ? '_:' + term.value : term.value);
      }).join(','));
    }
    return lines.join('\r\n') + '\r\n';
  }

  function renderTerm(term, cell) {
    if (term.type === 'uri') {
      const href = hrefFor(term.value);
      const node = element(href ? 'a' : 'span', 'iri', shorten(term.value));
      if (href) node.href = href;
      node.title = term.value;
      return node;
    }
    if (term.type === 'literal' || term.type === 'typed-literal') {
      if (term.datatype && NUMBER.test(term.datatype)) cell.classList.add('number');
      const text = element('span', 'literal', term.value);
      if (term['xml:lang']) text.append(element('span', 'lang', '@' + term['xml:lang']));
      return text;
    }
    if (term.type === 'bnode') return element('span', 'bnode', '_:' + term.value);
    return element('span', null, JSON.stringify(term.value));
  }

  // Our IRIs open their description on this server; other web IRIs open themselves; nothing else is a link
  // (a javascript: IRI in the data must never become one).
  function hrefFor(iri) {
    if (iri.startsWith(OUR_IRIS)) return 'id/' + iri.slice(OUR_IRIS.length);
    return /^https?:\/\//.test(iri) ? iri : null;
  }

  function shorten(iri) {
    if (iri.startsWith(OUR_IRIS)) return iri.slice(OUR_IRIS.length);
    for (const [prefix, namespace] of PREFIXES) {
      if (iri.startsWith(namespace)) return prefix + iri.slice(namespace.length);
    }
    return iri;
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    runQuery();
  });
  document.addEventListener('keydown', event => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      if (!runButton.disabled) runQuery();
    }
  });
  window.addEventListener('hashchange', () => pick(namedInAddress()));
  loadQueries();
})();
