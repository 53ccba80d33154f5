#!/bin/sh
# Screenshots of the seed briefing's email in headless Chromium, for docs/renderers.md:
# email-light.png as written, and email-dark.png under Chromium's forced dark mode, which
# inverts colours the way the Gmail and Outlook apps do for an email without dark styles.
#
#   docs/screenshots/email.sh        (needs Debian's chromium: apt-get install -y chromium)
#
# A docs step, not a test: run it after changing the email's layout and commit the PNGs.
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
cd "$root"
out=briefing-email/target/screenshots
mkdir -p "$out"

# Builds the email module with what it needs (no install) and writes its test class path.
mvn -B -q -pl briefing-email -am -DskipTests package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$root/$out/classpath.txt" >&2
cp="$root/briefing-email/target/classes:$(cat "$out/classpath.txt")"
java -cp "$cp" docs/screenshots/RenderSeedEmail.java "$out/seed.email.html"

chrome=$(command -v chromium || command -v chromium-browser)
shoot() {
  "$chrome" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=680,1540 \
    "$@" "file://$root/$out/seed.email.html" >/dev/null 2>&1
}
shoot --screenshot="$root/docs/screenshots/email-light.png"
shoot --force-dark-mode --enable-features=WebContentsForceDark --screenshot="$root/docs/screenshots/email-dark.png"
echo "wrote docs/screenshots/email-light.png and email-dark.png" >&2
