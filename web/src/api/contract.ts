// Names for the generated types of the host's contract (`schema.ts`, from its OpenAPI document).
import type { components, paths } from './schema';

/** The document's named shapes: `Schema<'Perspective'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type JsonBodyOf<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer Body } } }
  ? Body
  : never;

/** The JSON body one method of one path takes: `RequestBody<'/api/relationships', 'post'>`. */
export type RequestBody<Path extends keyof paths, Method extends 'post' | 'put' | 'patch'> = JsonBodyOf<paths[Path][Method]>;
