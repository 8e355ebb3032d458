/**
 * The application's own settings (wijkatlas.*) and the DATABASE_URL convention. Settings
 * of one feature live with that feature.
 */
package nl.wijkatlas.config;
