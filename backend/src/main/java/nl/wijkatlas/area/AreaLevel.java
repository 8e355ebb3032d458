package nl.wijkatlas.area;

/**
 * The levels of the area hierarchy, from the gemeente down. {@link #GEBIED} is free-form
 * and may cross the hierarchy.
 */
public enum AreaLevel {

	GEMEENTE, STADSDEEL, WIJK, BUURT, GEBIED

}
