import { cleanAuthorName, splitAuthors, cleanAuthors } from '../../../src/extract/metadata.js';
for (const s of process.argv.slice(2)) console.log(JSON.stringify(s), '→', cleanAuthorName(s), splitAuthors(s), cleanAuthors(splitAuthors(s)));
