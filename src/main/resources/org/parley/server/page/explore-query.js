// The queries behind /explore: the files of queries/, with the page's filters and what was clicked written in place
// of the lines they mark "# explore:NAME", so the text run here is the text a researcher can rerun. And the one way
// the page asks the endpoint.
'use strict';

const NEG = 'https://w3id.org/parley/ontology#';

// What may stand between < and > in SPARQL; the endpoint's IRIs always pass, anything else is refused, so a value
// can never change the query around it.
const SAFE_IRI = /^https?:\/\/[^\s<>"{}|^`\\]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function iri(value) {
  if (!SAFE_IRI.test(value)) throw new Error(`not an IRI the page can put in a query: ${value}`);
  return `<${value}>`;
}

function day(value) {
  if (!DAY.test(value)) throw new Error(`not a day (yyyy-mm-dd): ${value}`);
  return `"${value}"^^xsd:date`;
}

export function actClass(name) {
  return NEG + name;
}

/**
 * The lines for the filters set. filters: { since, until, issue, article: '' or a value; classes: the act class
 * names ticked, or null when all are }. A filter left empty keeps its line as the file has it.
 */
export function filterLines(filters) {
  const lines = {};
  if (filters.classes) lines.classes = classList(filters.classes.map(actClass));
  if (filters.article) lines.article = `?act prov:wasDerivedFrom ${iri(filters.article)} .`;
  if (filters.issue) lines.issue = `?act neg:topic ${iri(filters.issue)} .`;
  const period = periodLine(filters.since, filters.until);
  if (period) lines.since = period;
  return lines;
}

/**
 * The acts whose whole period lies between the days set, as one subquery on the "since" line (the "until" line keeps
 * its comment). Asked apart, the dates are all TDB2 reads to find them; a filter beside the act's other patterns
 * made it read every act first (8-16 s a view on a store of ten million quads, against about 1 s).
 */
function periodLine(since, until) {
  const patterns = [];
  const tests = [];
  if (since) {
    patterns.push('neg:earliestDate ?earliest');
    tests.push(`?earliest >= ${day(since)}`);
  }
  if (until) {
    patterns.push('neg:latestDate ?latest');
    tests.push(`?latest <= ${day(until)}`);
  }
  if (patterns.length === 0) return null;
  return `{ SELECT ?act WHERE { ?act ${patterns.join(' ; ')} . FILTER(${tests.join(' && ')}) } }`;
}

/**
 * The lines that pick what was clicked, for explore-acts.rq: { act } for a mark, { party } for a node, or
 * { from, to, relation, actClass } for an edge, with the roles explore-relations.rq gives an edge.
 */
export function selectionLines(selection) {
  if (selection.act) return { act: `VALUES ?act { ${iri(selection.act)} }` };
  if (selection.party) return { party: `?act neg:agent|neg:participant|neg:addressee ${iri(selection.party)} .` };
  const edge = selection.relation === 'met'
    ? `?act neg:participant ${iri(selection.from)} , ${iri(selection.to)} .`
    : `?act neg:agent ${iri(selection.from)} ; neg:addressee ${iri(selection.to)} .`;
  // The edge's class replaces the class list: the edge exists, so its class is among those ticked.
  return { edge, classes: classList([selection.actClass]) };
}

function classList(classIris) {
  return `VALUES ?class { ${classIris.map(iri).join(' ')} }`;
}

/** The query text with each named line replaced; fails if the text has no line marked for a name. */
export function fill(text, lines) {
  let filled = text;
  for (const [name, sparql] of Object.entries(lines)) {
    const marked = new RegExp(`^([ \\t]*).*# explore:${name}[ \\t]*$`, 'm');
    if (!marked.test(filled)) throw new Error(`the query has no line marked "# explore:${name}"`);
    filled = filled.replace(marked, (line, indent) => `${indent}${sparql}  # explore:${name}`);
  }
  return filled;
}

/** Runs a SELECT on the endpoint; resolves to its rows, each an object of variable name to the term's value. */
export async function select(query) {
  const response = await fetch('parley/sparql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
      Accept: 'application/sparql-results+json',
    },
    body: new URLSearchParams({ query }),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`the endpoint answered HTTP ${response.status}: ${body.trim().slice(0, 300)}`);
  return JSON.parse(body).results.bindings.map(binding => {
    const row = {};
    for (const [name, term] of Object.entries(binding)) row[name] = term.value;
    return row;
  });
}
