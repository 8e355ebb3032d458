package nl.wijkatlas.opendata;

import java.util.stream.Collectors;

/**
 * The OpenAPI 3.0 definition of the OGC API under {@code /ogc} (conformance class oas30):
 * generic paths with a {@code collectionId} parameter, every query parameter each
 * endpoint accepts (anything else is refused with 400), and the response types.
 */
final class OgcOpenApi {

	private static final String DOCUMENT = """
			{
			  "openapi": "3.0.3",
			  "info": {
			    "title": "Wijkatlas – areas (OGC API – Features)",
			    "version": "1.0.0",
			    "description": "The areas of the Wijkatlas (gemeente, stadsdelen, wijken, buurten, gebieden) with their current boundaries in WGS84, optionally with one indicator's figures as properties. Conforms to OGC API – Features – Part 1: Core (core, GeoJSON, OpenAPI 3.0).",
			    "license": { "name": "Boundaries: CC BY 4.0, Kadaster / Centraal Bureau voor de Statistiek", "url": "https://creativecommons.org/licenses/by/4.0/" }
			  },
			  "servers": [ { "url": "@OGC@" } ],
			  "paths": {
			    "/": { "get": { "operationId": "getLandingPage", "summary": "Landing page", "parameters": [ { "$ref": "#/components/parameters/f" } ],
			      "responses": { "200": { "description": "Links to the API definition, the conformance classes and the collections", "content": { "application/json": { "schema": { "type": "object" } } } }, "400": { "$ref": "#/components/responses/BadRequest" } } } },
			    "/conformance": { "get": { "operationId": "getConformanceDeclaration", "summary": "Conformance classes", "parameters": [ { "$ref": "#/components/parameters/f" } ],
			      "responses": { "200": { "description": "The conformance classes implemented", "content": { "application/json": { "schema": { "type": "object", "properties": { "conformsTo": { "type": "array", "items": { "type": "string" } } } } } } }, "400": { "$ref": "#/components/responses/BadRequest" } } } },
			    "/api": { "get": { "operationId": "getApiDefinition", "summary": "This API definition", "parameters": [ { "$ref": "#/components/parameters/f" } ],
			      "responses": { "200": { "description": "OpenAPI 3.0 document", "content": { "application/vnd.oai.openapi+json;version=3.0": { "schema": { "type": "object" } } } } } } },
			    "/collections": { "get": { "operationId": "getCollections", "summary": "The area collections, one per level", "parameters": [ { "$ref": "#/components/parameters/f" } ],
			      "responses": { "200": { "description": "The collections with their extents and links", "content": { "application/json": { "schema": { "type": "object" } } } }, "400": { "$ref": "#/components/responses/BadRequest" } } } },
			    "/collections/{collectionId}": { "get": { "operationId": "describeCollection", "summary": "One collection",
			      "parameters": [ { "$ref": "#/components/parameters/collectionId" }, { "$ref": "#/components/parameters/f" } ],
			      "responses": { "200": { "description": "The collection with its extent and links", "content": { "application/json": { "schema": { "type": "object" } } } }, "400": { "$ref": "#/components/responses/BadRequest" }, "404": { "$ref": "#/components/responses/NotFound" } } } },
			    "/collections/{collectionId}/items": { "get": { "operationId": "getFeatures", "summary": "The areas of a collection",
			      "parameters": [ { "$ref": "#/components/parameters/collectionId" }, { "$ref": "#/components/parameters/fGeoJson" }, { "$ref": "#/components/parameters/bbox" }, { "$ref": "#/components/parameters/bbox-crs" }, { "$ref": "#/components/parameters/crs" }, { "$ref": "#/components/parameters/limit" }, { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/datetime" }, { "$ref": "#/components/parameters/indicator" }, { "$ref": "#/components/parameters/period" }, { "$ref": "#/components/parameters/gemeente" } ],
			      "responses": { "200": { "description": "A GeoJSON FeatureCollection with numberMatched, numberReturned and next/prev links", "content": { "application/geo+json": { "schema": { "type": "object" } } } }, "400": { "$ref": "#/components/responses/BadRequest" }, "404": { "$ref": "#/components/responses/NotFound" } } } },
			    "/collections/{collectionId}/items/{featureId}": { "get": { "operationId": "getFeature", "summary": "One area by its code",
			      "parameters": [ { "$ref": "#/components/parameters/collectionId" }, { "$ref": "#/components/parameters/featureId" }, { "$ref": "#/components/parameters/fGeoJson" }, { "$ref": "#/components/parameters/crs" }, { "$ref": "#/components/parameters/indicator" }, { "$ref": "#/components/parameters/period" } ],
			      "responses": { "200": { "description": "A GeoJSON Feature", "content": { "application/geo+json": { "schema": { "type": "object" } } } }, "400": { "$ref": "#/components/responses/BadRequest" }, "404": { "$ref": "#/components/responses/NotFound" } } } }
			  },
			  "components": {
			    "parameters": {
			      "f": { "name": "f", "in": "query", "required": false, "description": "The format: json", "schema": { "type": "string", "enum": [ "json" ] }, "style": "form", "explode": false },
			      "fGeoJson": { "name": "f", "in": "query", "required": false, "description": "The format: json or geojson (both GeoJSON)", "schema": { "type": "string", "enum": [ "json", "geojson" ] }, "style": "form", "explode": false },
			      "collectionId": { "name": "collectionId", "in": "path", "required": true, "schema": { "type": "string", "enum": [ "gemeenten", "stadsdelen", "wijken", "buurten", "gebieden" ] } },
			      "featureId": { "name": "featureId", "in": "path", "required": true, "description": "The area code, e.g. WK019330", "schema": { "type": "string" } },
			      "bbox": { "name": "bbox", "in": "query", "required": false, "description": "minLon,minLat,maxLon,maxLat in WGS84 (CRS84), or in the CRS named by bbox-crs and its axis order; six numbers with heights are accepted and the heights ignored. A minLon greater than maxLon crosses the antimeridian.", "schema": { "type": "array", "oneOf": [ { "minItems": 4, "maxItems": 4 }, { "minItems": 6, "maxItems": 6 } ], "items": { "type": "number" } }, "style": "form", "explode": false },
			      "crs": { "name": "crs", "in": "query", "required": false, "description": "The CRS of the coordinates in the response (OGC API – Features Part 2); the Content-Crs header names it. RD New (EPSG:28992) is in metres, x then y; EPSG:4258 is latitude then longitude.", "schema": { "type": "string", "format": "uri", "enum": [ @CRS@ ], "default": "http://www.opengis.net/def/crs/OGC/1.3/CRS84" }, "style": "form", "explode": false },
			      "bbox-crs": { "name": "bbox-crs", "in": "query", "required": false, "description": "The CRS of bbox (only with bbox)", "schema": { "type": "string", "format": "uri", "enum": [ @CRS@ ], "default": "http://www.opengis.net/def/crs/OGC/1.3/CRS84" }, "style": "form", "explode": false },
			      "limit": { "name": "limit", "in": "query", "required": false, "description": "Page size; larger values are capped at 1000", "schema": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 100 }, "style": "form", "explode": false },
			      "offset": { "name": "offset", "in": "query", "required": false, "description": "How many features to skip (the next and prev links set it)", "schema": { "type": "integer", "minimum": 0, "default": 0 }, "style": "form", "explode": false },
			      "datetime": { "name": "datetime", "in": "query", "required": false, "description": "RFC 3339 date-time or interval. Areas have no temporal geometry, so every area matches a valid value.", "schema": { "type": "string" }, "style": "form", "explode": false },
			      "indicator": { "name": "indicator", "in": "query", "required": false, "description": "An indicator code (see the GraphQL API's indicators); adds its figure as properties indicator, period, value, category, status, city_average and unit. Areas without a figure get status MISSING and value null, never 0.", "schema": { "type": "string" }, "style": "form", "explode": false },
			      "period": { "name": "period", "in": "query", "required": false, "description": "With indicator: a year (2025) or a range of years (2023-2024); by default the latest with figures for the level", "schema": { "type": "string", "pattern": "^[0-9]{4}(-[0-9]{4})?$" }, "style": "form", "explode": false },
			      "gemeente": { "name": "gemeente", "in": "query", "required": false, "description": "Only the areas of this gemeente, by its CBS code (GM0193 Zwolle, GM1771 Geldrop-Mierlo); by default every gemeente. An unknown gemeente is a 404.", "schema": { "type": "string", "pattern": "^GM[0-9]{4}$" }, "style": "form", "explode": false }
			    },
			    "responses": {
			      "BadRequest": { "description": "A bad or unknown query parameter, named in the problem's parameter member", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
			      "NotFound": { "description": "No such collection or feature", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
			    },
			    "schemas": {
			      "Problem": { "type": "object", "description": "RFC 9457 problem details", "properties": { "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" }, "detail": { "type": "string" }, "instance": { "type": "string" }, "parameter": { "type": "string" } } }
			    }
			  }
			}
			""";

	private OgcOpenApi() {
	}

	/**
	 * The definition with the server URL this request reached, e.g.
	 * {@code http://host/ogc}.
	 */
	static String document(String ogcUrl) {
		String crsList = OgcCrs.uris().stream().map((uri) -> "\"" + uri + "\"").collect(Collectors.joining(", "));
		return DOCUMENT.replace("@OGC@", ogcUrl).replace("@CRS@", crsList);
	}

}
