import type { ApiComponents } from '@scenebridge/shared';

/** Shapes of the API's request and response bodies, generated from its OpenAPI document. */
export type Schemas = ApiComponents['schemas'];
