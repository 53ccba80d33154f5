// Parses and validates Adaptive Cards with the official renderer library, and reads every
// Markdown text in them with markdown-it, the Markdown engine the JavaScript renderer uses.
// Usage: node check-cards.js cards.json > report.json   (cards.json: an array of cards)
'use strict';
const fs = require('fs');
const AC = require('adaptivecards/dist/adaptivecards.js');
const MarkdownIt = require('markdown-it');

const markdown = new MarkdownIt();
const cards = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

function events(list) {
  return list.map(e => ({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message }));
}

// Every place a card reads Markdown, with the HTML tags markdown-it makes of it.
function texts(node, out) {
  if (Array.isArray(node)) {
    node.forEach(n => texts(n, out));
  } else if (node && typeof node === 'object') {
    const read = s => {
      const html = markdown.render(s);
      const tags = [...html.matchAll(/<([a-z0-9]+)/g)].map(m => m[1]);
      out.push({ text: s, tags: [...new Set(tags)], html });
    };
    if (node.type === 'TextBlock') read(node.text);
    if (node.type === 'FactSet') node.facts.forEach(f => { read(f.title); read(f.value); });
    Object.values(node).forEach(v => texts(v, out));
  }
}

// Values the library dropped or changed when it wrote the card back: properties it does not know.
function differences(input, output, path, out) {
  if (typeof input !== 'object' || input === null) {
    if (input !== output) out.push(path + ': ' + JSON.stringify(input) + ' came back as ' + JSON.stringify(output));
    return;
  }
  for (const key of Object.keys(input)) {
    differences(input[key], output === undefined || output === null ? undefined : output[key], path + '.' + key, out);
  }
}

const report = cards.map(json => {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const parse = [];
  for (let i = 0; i < context.eventCount; i++) parse.push(context.getEventAt(i));
  const validation = card.validateProperties().validationEvents;
  const lost = [];
  differences(json, card.toJSON(), '$', lost);
  const markdownTexts = [];
  texts(json.body, markdownTexts);
  const actions = card.getActionCount ? [...Array(card.getActionCount()).keys()].map(i => {
    const a = card.getActionAt(i);
    return { type: a.getJsonTypeName(), url: a.url, title: a.title };
  }) : [];
  return { parse: events(parse), validation: events(validation), lost, markdown: markdownTexts, actions };
});
process.stdout.write(JSON.stringify(report));
