/** The driver conformance cases (test/conformance/cases.ts) against the HTTP driver. */
import { HttpDriver } from '../../support/drivers/http';
import { runConformance } from '../conformance/cases';

runConformance('http', () => new HttpDriver(), 0);
