/**
 * The area importer: one gemeente's boundaries (CBS GeoJSON buurt and wijk layers, or a
 * Wijk- en Buurtkaart GeoPackage, with an optional stadsdeel CSV) into the gemeente →
 * stadsdeel → wijk → buurt hierarchy, in one transaction ({@link AreaImporter},
 * {@link ImportOptions}, {@link ImportResult}), and the bundled gemeenten
 * ({@link BundledAreas}). Reading is in {@code read}, checking in {@code validate},
 * writing in {@code load}.
 */
package nl.wijkatlas.geodata.area;
