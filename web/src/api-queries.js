// The GraphQL documents of the views: each view loads only what it shows. The front end is served
// by the server whose schema it was built with, so the documents ask for every field they show
// (no probing of the schema first: that cost every page a round trip).

const FIGURE_FIELDS = 'reliability reliabilityNote derivation { method description inputCount inputLevel }';

export const INDICATORS_QUERY = `query Indicators {
  indicators(first: 500) {
    edges { node { code label labelEn unit theme higherIsBetter valueKind periods source { id title titleEn url kind } } }
  }
}`;

export const VALUES_QUERY = `query Values($code: ID!, $period: String!, $level: AreaLevel!, $gemeente: ID) {
  indicator(code: $code) {
    code label labelEn unit higherIsBetter valueKind
    source { id title titleEn url kind publisher year }
    csvUrl(level: $level, period: $period, gemeente: $gemeente)
    values(period: $period, level: $level, gemeente: $gemeente) {
      area { code name } value category status cityAverage differenceFromCityAverage ${FIGURE_FIELDS}
      source { id title titleEn url kind }
    }
  }
}`;

/** Per indicator, the levels and periods with figures in one gemeente (how many areas, of how many). */
export const COVERAGE_QUERY = `query Coverage($gemeente: ID) {
  indicators(first: 1000) { edges { node { code coverage(gemeente: $gemeente) { level period areasWithFigure areas } } } }
}`;

export const GEMEENTEN_QUERY = `query Gemeenten {
  areas(level: GEMEENTE, first: 500) { edges { node { code name } } }
}`;

/** The series of indicators of one area: values ordered by period, each with its own source. */
export const SERIES_QUERY = `query Series($code: ID!, $codes: [ID!]!) {
  area(code: $code) {
    code
    indicatorSeries(codes: $codes) {
      indicator { code label labelEn unit valueKind }
      values { period value status ${FIGURE_FIELDS} source { id title titleEn kind } }
    }
  }
}`;

const SOURCE = 'source { id title titleEn url kind publisher year }';

export const PROFILE_QUERY = `query Profile($code: ID!) {
  area(code: $code) {
    code name level bbox
    membership { provisional note }
    ancestors { code name level }
    children { code name level }
    source { id title titleEn url kind publisher year licence }
    indicatorValues {
      indicator { code label labelEn unit theme higherIsBetter valueKind }
      period value category status cityAverage previousPeriod previousValue note ${FIGURE_FIELDS}
      peers { level count median rank }
      ${SOURCE}
    }
  }
}`;

// Paged by 5: the DIN tree nests four lists, and the API limits a query's cost.
export const PROFILE_OPGAVEN_QUERY = `query ProfileOpgaven($code: ID!, $within: Boolean!, $after: String) {
  opgaven(area: $code, within: $within, first: 5, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id title theme period status summary sourceLocator
      areas { code name level }
      doelen { title inspanningen { title betrokkenen { name } middelen { kind amount description credit { name } } } }
      ${SOURCE}
    } }
  }
}`;

const INITIATIVE = `id title description status link amount startedOn location { lon lat }
      areas { code name level }
      initiator { name } fundingScheme { name }
      ${SOURCE}`;

export const PROFILE_INITIATIVES_QUERY = `query ProfileInitiatives($code: ID!) {
  area(code: $code) {
    initiatives(within: true) { ${INITIATIVE} }
    credits(within: true) {
      id name kind amount remaining sourceLocator partOf { name }
      areas { code name level }
      realisedToDate { year amount }
      budgetGoal { code }
      ${SOURCE}
    }
    pilotCredits(within: true) {
      id name kind amount remaining sourceLocator partOf { name }
      pilotAreas { code name level }
      realisedToDate { year amount }
      budgetGoal { code }
      ${SOURCE}
    }
  }
}`;

const ORGANISATION = `id name kind address email phone website historical ${SOURCE}`;

/**
 * What applies to an area from above: the kredieten and initiatives of its stadsdeel, wijk and gemeente (their
 * opgaven come page by page from PROFILE_OPGAVEN_QUERY),
 * and who to reach — the organisations of the area, the areas below it and the areas above it.
 */
export const PROFILE_CONTEXT_QUERY = `query ProfileContext($code: ID!) {
  area(code: $code) {
    organisations(within: true) { ${ORGANISATION} areas { code name level } }
    ancestors {
      code name level
      organisations { ${ORGANISATION} }
      initiatives { ${INITIATIVE} }
      credits {
        id name kind amount remaining sourceLocator partOf { name }
        areas { code name level }
        realisedToDate { year amount }
        budgetGoal { code }
        ${SOURCE}
      }
    }
  }
}`;

export const STORY_QUERY = `query Story($slug: ID!) {
  story(slug: $slug) {
    slug title summary titleEn summaryEn
    sources { title titleEn url kind publisher year }
    chapters {
      order title text titleEn textEn missingFigures
      view { focusArea { code name level bbox } center { lon lat } zoom }
      layers { indicatorCode period latestPeriod level initiatives credits }
      citations { source { id title titleEn url kind } locator }
    }
  }
}`;

export const STORY_LAYERS_QUERY = `query StoryLayers {
  initiatives(first: 500) { edges { node { id title location { lon lat } areas { code } } } }
  credits(first: 500) { edges { node { id name areas { code } } } }
}`;

export const AREA_AT_QUERY = `query AreaAt($lon: Float!, $lat: Float!) {
  areaAt(lon: $lon, lat: $lat, level: BUURT) { code name level ancestors { code name level } }
}`;

export const AREA_NAMES_QUERY = `query AreaNames {
  areas(first: 1000) { edges { node { code name level ancestors { code } } } }
}`;

export const AREA_BRIEF_QUERY = `query AreaBrief($code: ID!) {
  area(code: $code) { code name level bbox }
}`;
