/**
 * The web pages as the server delivers them: the single-page app's routes with their
 * metadata and first frame (title, Open Graph, the profile's static locator map), preview
 * images, oEmbed, the front-end configuration, the address search proxy, the framing
 * policy for embeds and the HTML error pages.
 */
package nl.wijkatlas.pages;
