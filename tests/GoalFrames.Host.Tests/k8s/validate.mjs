// Validates Kubernetes manifests against the JSON Schemas that the npm package kubernetes-models ships (types,
// required fields, enums and formats of each API object). Prints one JSON line per object; exits 1 if any is invalid.
// usage: node validate.mjs FILE.yaml...
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

let failed = false;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const object = document.toJS();
    if (object === null || object === undefined) continue;
    const report = { file, kind: object.kind, name: object.metadata?.name, ok: true, errors: [] };
    if (document.errors.length > 0) {
      report.errors = document.errors.map(e => e.message);
    } else {
      const [group, version] = String(object.apiVersion).includes('/') ? String(object.apiVersion).split('/') : [null, String(object.apiVersion)];
      const path = ['kubernetes-models', group, version, object.kind].filter(Boolean).join('/');
      try {
        const model = (await import(path))[object.kind];
        new model(object).validate();
      } catch (error) {
        report.errors = error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED'
          ? [`no schema for ${object.apiVersion} ${object.kind}`]
          : (error.errors ?? [error]).map(e => e.instancePath !== undefined ? `${e.instancePath || '/'} ${e.message ?? e.keyword}` : String(e.message ?? e));
      }
    }
    report.ok = report.errors.length === 0;
    failed ||= !report.ok;
    console.log(JSON.stringify(report));
  }
}
process.exit(failed ? 1 : 0);
