// /explore: the timeline and the network of the acts, each filled by a query of queries/ run with the filters chosen,
// and the acts behind whatever is clicked. Each view shows the query text it ran and opens it in the query page.
// Data from the store reaches the page through textContent and attributes, or escaped in the charts' tooltips.
import { ACT_CLASSES, colourOf, networkOption, timelineOption } from './explore-charts.js';
import { fill, filterLines, select, selectionLines } from './explore-query.js';

const OUR_IRIS = 'https://w3id.org/parley/id/';

const form = document.getElementById('filters');
const filtersStatus = document.getElementById('filters-status');
const timelineChart = echarts.init(document.getElementById('timeline'));
const networkChart = echarts.init(document.getElementById('network'));
let queries = new Map();
let filters = {};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(iriValue, text) {
  if (!iriValue || !iriValue.startsWith(OUR_IRIS)) return element('span', null, text);
  const a = element('a', null, text);
  a.href = 'id/' + iriValue.slice(OUR_IRIS.length);
  return a;
}

/** Runs the named query with these lines filled in, and shows the text it ran under the view it feeds. */
async function run(name, lines) {
  const text = fill(queries.get(name), lines);
  showSource(name, text);
  return select(text);
}

function showSource(name, text) {
  const box = document.querySelector(`.source[data-query="${name}"]`);
  const fileLink = element('a', 'query-name', `${name}.rq`);
  fileLink.href = `./#${encodeURIComponent(name)}`;
  const open = element('a', 'open-query', 'open in the query page');
  open.href = `./?query=${encodeURIComponent(text)}#${encodeURIComponent(name)}`;
  const details = element('details');
  details.append(element('summary', null, 'show the query as run'), element('pre', 'query-text', text));
  box.replaceChildren('Filled by ', fileLink, ' · ', open, ' · ', details);
}

// ---- filters

function buildClassBoxes() {
  const fieldset = document.getElementById('classes');
  for (const actClass of ACT_CLASSES) {
    const label = element('label', 'act-class');
    const box = element('input');
    box.type = 'checkbox';
    box.name = 'class';
    box.value = actClass.name;
    box.checked = true;
    const swatch = element('span', 'swatch');
    swatch.style.background = actClass.colour;
    label.append(box, swatch, actClass.name.toLowerCase());
    fieldset.append(label);
  }
}

async function loadChoices() {
  const rows = await run('explore-choices', {});
  for (const row of rows) {
    const option = element('option', null, row.acts ? `${row.label} (${row.acts})` : row.label);
    option.value = row.value;
    document.getElementById(row.filter === 'issue' ? 'issue' : 'article').append(option);
  }
}

function readFilters() {
  const boxes = [...form.querySelectorAll('input[name="class"]')];
  const ticked = boxes.filter(b => b.checked).map(b => b.value);
  return {
    since: form.since.value,
    until: form.until.value,
    issue: form.issue.value,
    article: form.article.value,
    classes: ticked.length === boxes.length ? null : ticked,
  };
}

// ---- views

async function refresh() {
  filters = readFilters();
  document.body.dataset.views = 'loading';
  filtersStatus.textContent = 'Loading…';
  clearActs();
  try {
    const lines = filterLines(filters);
    const [marks, actors, relations] = await Promise.all([
      run('explore-timeline', lines), run('explore-actors', lines), run('explore-relations', lines)]);
    drawTimeline(marks);
    drawNetwork(actors, relations);
    filtersStatus.textContent = '';
    document.body.dataset.views = 'ready';
  } catch (error) {
    filtersStatus.textContent = `The views could not be drawn: ${error.message}`;
    document.body.dataset.views = 'failed';
  }
}

function drawTimeline(marks) {
  timelineChart.setOption(timelineOption(marks), true);
  const parties = new Set(marks.map(m => m.partyName)).size;
  document.getElementById('timeline-count').textContent =
    `${marks.length} ${marks.length === 1 ? 'mark' : 'marks'}, ${parties} ${parties === 1 ? 'party' : 'parties'}`;
}

function drawNetwork(actors, relations) {
  const { option, shownEdges, hidden } = networkOption(actors, relations);
  networkChart.setOption(option, true);
  const past = hidden ? ` (${hidden} more to actors past the query's limit)` : '';
  document.getElementById('network-count').textContent = `${actors.length} actors, ${shownEdges} edges${past}`;
  const legend = document.getElementById('relation-legend');
  legend.replaceChildren();
  const seen = new Map(relations.map(r => [r.relation, r.class]));
  for (const [relation, actClass] of seen) {
    const item = element('li');
    const swatch = element('span', 'swatch');
    swatch.style.background = colourOf(actClass);
    item.append(swatch, relation);
    legend.append(item);
  }
}

// ---- the acts behind a click

function clearActs() {
  const view = document.getElementById('acts-view');
  view.dataset.state = 'empty';
  document.getElementById('acts').replaceChildren();
  document.getElementById('acts-count').textContent = '';
  document.getElementById('acts-selection').textContent = 'Click a mark, a node or an edge to list the acts behind it.';
}

async function showActs(selection, description) {
  const view = document.getElementById('acts-view');
  view.dataset.state = 'loading';
  document.getElementById('acts-selection').textContent = description;
  let rows;
  try {
    rows = await run('explore-acts', { ...filterLines(filters), ...selectionLines(selection) });
  } catch (error) {
    document.getElementById('acts').replaceChildren(element('p', 'failure-title', error.message));
    view.dataset.state = 'failed';
    return;
  }
  const acts = groupByAct(rows);
  document.getElementById('acts').replaceChildren(actsTable(acts));
  document.getElementById('acts-count').textContent = `${acts.length} ${acts.length === 1 ? 'act' : 'acts'}`;
  view.dataset.state = 'ready';
  view.scrollIntoView({ block: 'nearest' });
}

/** One entry per act, in the query's order, with its agents and addressees gathered from its rows. */
function groupByAct(rows) {
  const acts = new Map();
  for (const row of rows) {
    if (!acts.has(row.act)) acts.set(row.act, { ...row, agents: new Map(), addressees: new Map() });
    const act = acts.get(row.act);
    if (row.agent) act.agents.set(row.agent, row.agentName);
    if (row.addressee) act.addressees.set(row.addressee, row.addresseeName);
  }
  return [...acts.values()];
}

function actsTable(acts) {
  const table = element('table', 'results acts-table');
  const head = element('tr');
  for (const title of ['date', 'act', 'agent', 'addressee', 'evidence', 'article']) head.append(element('th', null, title));
  const thead = element('thead');
  thead.append(head);
  const body = element('tbody');
  for (const act of acts) {
    const tr = element('tr');
    tr.dataset.act = act.act;
    tr.append(
      element('td', 'date', act.date || 'undated'),
      cell(link(act.act, act.type)),
      cell(...names(act.agents)),
      cell(...names(act.addressees)),
      element('td', 'evidence', act.evidence),
      cell(link(act.source, act.article)));
    body.append(tr);
  }
  table.append(thead, body);
  const wrapper = element('div', 'table-wrapper');
  wrapper.append(table);
  return wrapper;
}

function cell(...children) {
  const td = element('td');
  td.append(...children);
  return td;
}

function names(parties) {
  const parts = [];
  for (const [partyIri, name] of parties) {
    if (parts.length) parts.push(', ');
    parts.push(link(partyIri, name));
  }
  return parts;
}

// ---- wiring

timelineChart.on('click', params => {
  if (params.data && params.data.act) showActs({ act: params.data.act }, `The act of ${params.value[1]} on ${params.value[0]}:`);
});
networkChart.on('click', params => {
  const data = params.data;
  if (params.dataType === 'node') {
    showActs({ party: data.id }, `Acts ${data.name} is a party to:`);
  } else if (params.dataType === 'edge') {
    const names = new Map(networkChart.getOption().series[0].data.map(n => [n.id, n.name]));
    showActs({ from: data.source, to: data.target, relation: data.relation, actClass: data.actClass },
      `${names.get(data.source)} ${data.relation} ${names.get(data.target)}:`);
  }
});
form.addEventListener('submit', event => {
  event.preventDefault();
  refresh();
});
// The form's own reset clears the fields; the views follow once it has.
form.addEventListener('reset', () => setTimeout(refresh));
window.addEventListener('resize', () => {
  timelineChart.resize();
  networkChart.resize();
});

async function start() {
  buildClassBoxes();
  try {
    const response = await fetch('queries.json', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    queries = new Map((await response.json()).map(q => [q.name, q.text]));
    await loadChoices();
  } catch (error) {
    filtersStatus.textContent = `Cannot load the queries (${error.message}).`;
    document.body.dataset.views = 'failed';
    return;
  }
  await refresh();
}

start();
