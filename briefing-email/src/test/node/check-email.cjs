// Reads a JSON array of HTML documents (the file named by the first argument) and prints, for
// each, what doiuse-email (caniemail's data) reports for Gmail, Outlook on Windows and Apple
// Mail: {"success": bool, "errors": [...], "notes": [...]}.
const fs = require('fs');
const { doIUseEmail } = require('doiuse-email');

const clients = ['gmail.*', 'outlook.windows', 'apple-mail.*'];
const documents = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const reports = documents.map((html) => {
  const result = doIUseEmail(html, { emailClients: clients });
  return { success: result.success, errors: result.errors || [], notes: result.notes || [] };
});
process.stdout.write(JSON.stringify(reports));
