/**
 * The social card (issue 5): a pure tree builder (`tree.ts`, unit-tested) and a renderer
 * (`render.ts`: satori, then resvg) that only the `card.png` route calls. Server-only: satori,
 * resvg and the font files stay out of the browser's bundle.
 */
export { buildCardTree, cardTreeOf, genericCardTree, CARD_HEIGHT, CARD_WIDTH } from './tree';
export { renderCardPng } from './render';
export { textsOf, type CardElement, type CardNode } from './element';
