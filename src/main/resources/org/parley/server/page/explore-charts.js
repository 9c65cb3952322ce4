// The two pictures of /explore as Apache ECharts options, from the rows of their queries. One colour per act class,
// shared by the timeline's marks and the network's edges, so a proposal looks the same in both.
'use strict';

export const ACT_CLASSES = [
  { name: 'Statement', colour: '#8a949e' },
  { name: 'Proposal', colour: '#2f6fd0' },
  { name: 'Demand', colour: '#e07b12' },
  { name: 'Acceptance', colour: '#23985a' },
  { name: 'Rejection', colour: '#c9302c' },
  { name: 'Meeting', colour: '#7d4cc2' },
  { name: 'Accusation', colour: '#8f5a2b' },
  { name: 'Threat', colour: '#d6336c' },
];
const ACTOR_KINDS = ['person', 'country', 'organization'];
const KIND_COLOURS = ['#3b82c4', '#e8a33d', '#4aa37a'];

function classNameOf(classIri) {
  return classIri.slice(classIri.lastIndexOf('#') + 1);
}

export function colourOf(classIri) {
  const known = ACT_CLASSES.find(c => c.name === classNameOf(classIri));
  return known ? known.colour : '#555';
}

// ECharts puts tooltips in the page as HTML: data from the store goes through this first.
function escape(text) {
  return String(text).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

function datesOf(row) {
  return row.earliest === row.latest ? row.earliest : `${row.earliest} – ${row.latest}`;
}

/**
 * The window the timeline opens on: from the first day of the latest 95% of its marks to the last day, so that one
 * act dated long before the rest does not squeeze them all into a corner. The slider below shows every mark.
 */
function openingWindow(rows) {
  const days = rows.map(r => r.earliest).sort();
  if (days.length === 0) return {};
  const week = 7 * 24 * 3600 * 1000;
  return {
    startValue: Date.parse(days[Math.floor(days.length * 0.05)]) - week,
    endValue: Date.parse(days[days.length - 1]) + week,
  };
}

/** The timeline: x the first day of each act, a row per party (first to act on top), a series per act class. */
export function timelineOption(rows) {
  const parties = [...new Set(rows.map(r => r.partyName))];
  const series = ACT_CLASSES
    .map(actClass => ({
      name: actClass.name.toLowerCase(),
      type: 'scatter',
      symbolSize: 12,
      itemStyle: { color: actClass.colour, opacity: 0.85, borderColor: '#fff', borderWidth: 1 },
      emphasis: { scale: 1.6 },
      data: rows.filter(r => classNameOf(r.class) === actClass.name).map(r => ({
        value: [r.earliest, r.partyName],
        act: r.act,
        tip: `<b>${escape(datesOf(r))}</b> · ${escape(r.type)}<br>${escape(r.label)}`,
      })),
    }))
    .filter(s => s.data.length > 0);
  return {
    animation: false,
    grid: { left: 10, right: 24, top: 36, bottom: 56, containLabel: true },
    legend: { top: 0, data: series.map(s => s.name) },
    tooltip: { trigger: 'item', confine: true, extraCssText: 'max-width: 28rem; white-space: normal;',
               formatter: p => p.data.tip },
    xAxis: { type: 'time', axisLabel: { hideOverlap: true }, splitLine: { show: true, lineStyle: { color: '#eef1f4' } } },
    yAxis: { type: 'category', data: parties, inverse: true, axisTick: { show: false },
             splitLine: { show: true, lineStyle: { color: '#eef1f4' } } },
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none', ...openingWindow(rows) },
               { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, filterMode: 'none', ...openingWindow(rows) }],
    series,
  };
}

/**
 * The network: a node per actor row, an edge per relation row between two of them (an edge to an actor past the
 * actors query's limit is left out, and counted in `hidden`). Returns { option, shownEdges, hidden }.
 */
export function networkOption(actors, relations) {
  const ids = new Set(actors.map(a => a.actor));
  const shown = relations.filter(r => ids.has(r.from) && ids.has(r.to));
  const mostActs = Math.max(1, ...actors.map(a => Number(a.acts)));
  const heaviest = Math.max(1, ...shown.map(r => Number(r.acts)));
  const nodes = actors.map(a => ({
    id: a.actor,
    name: a.name,
    value: Number(a.acts),
    category: Math.max(0, ACTOR_KINDS.indexOf(a.kind)),
    symbolSize: 12 + 34 * Math.sqrt(Number(a.acts) / mostActs),
    tip: `<b>${escape(a.name)}</b> (${escape(a.kind)})<br>${escape(a.acts)} acts`,
  }));
  const links = shown.map(r => ({
    source: r.from,
    target: r.to,
    value: Number(r.acts),
    relation: r.relation,
    actClass: r.class,
    // A meeting has no direction.
    symbol: r.relation === 'met' ? ['none', 'none'] : ['none', 'arrow'],
    lineStyle: { color: colourOf(r.class), width: 1.5 + 5 * Number(r.acts) / heaviest, opacity: 0.75 },
    tip: `${escape(r.fromName)} <b>${escape(r.relation)}</b> ${escape(r.toName)}<br>${escape(r.acts)} acts`,
  }));
  const option = {
    animation: false,
    legend: { left: 8, bottom: 6, orient: 'vertical', data: ACTOR_KINDS },
    tooltip: { trigger: 'item', confine: true, formatter: p => p.data.tip },
    series: [{
      type: 'graph',
      layout: 'force',
      // Laid out at once, not animated: the picture is still when the page says it is ready.
      force: { repulsion: 420, edgeLength: [100, 200], gravity: 0.1, layoutAnimation: false },
      // The force layout does not keep to the box: start a little zoomed out, so the outer nodes show whole.
      zoom: 0.8,
      roam: true,
      draggable: true,
      autoCurveness: true,
      categories: ACTOR_KINDS.map((name, i) => ({ name, itemStyle: { color: KIND_COLOURS[i] } })),
      label: { show: true, position: 'right', fontSize: 12, color: '#1f2328' },
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 9,
      emphasis: { focus: 'adjacency' },
      data: nodes,
      links,
    }],
  };
  return { option, shownEdges: links.length, hidden: relations.length - links.length };
}
