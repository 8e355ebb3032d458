package nl.wijkatlas.geodata.area.read;

import nl.wijkatlas.geodata.area.AreaLayer;

/**
 * The wijken and buurten of one gemeente read from a CBS Wijk- en Buurtkaart GeoPackage.
 *
 * @param buurten the land rows of layer {@code buurten}
 * @param wijken the land rows of layer {@code wijken}
 * @param gemeenteName the {@code gemeentenaam} the file gives, or null
 */
public record GeoPackageContent(AreaLayer buurten, AreaLayer wijken, String gemeenteName) {

}
