/**
 * The projector's address in the page (renderer/src/routes.ts reads it: `#/projecteur`, `#/projecteur/<meeting>`),
 * written here too because main does not import the renderer.
 */
export const hrefOfProjector = (meeting: number | null): string => (meeting === null ? '#/projecteur' : `#/projecteur/${meeting}`);
