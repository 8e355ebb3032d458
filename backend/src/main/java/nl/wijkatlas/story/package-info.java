/**
 * Stories and their chapters: the story page's content (a map state per chapter), read by
 * the story page and the embeds, written by chapter mutations.
 */
package nl.wijkatlas.story;
