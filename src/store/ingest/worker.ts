import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../../analyze.js';
import { runDocumentJob, runJob, type AnalysisJob, type DocumentJob } from './job.js';

// One analyzer per worker: the language model and the KB load once, then serve every article it is sent.
const analyzer = createAnalyzer();
const port = parentPort!;
port.on('message', (job: AnalysisJob | DocumentJob) => port.postMessage('document' in job ? runDocumentJob(analyzer, job) : runJob(analyzer, job)));
port.postMessage({ ready: true });
