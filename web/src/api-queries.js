// The GraphQL documents of the views: each view loads only what it shows.

export const INDICATORS_QUERY = `query Indicators {
  indicators(first: 500) {
    edges { node { code label unit theme higherIsBetter valueKind periods source { title url kind } } }
  }
}`;

export const VALUES_QUERY = `query Values($code: ID!, $period: String!, $level: AreaLevel!) {
  indicator(code: $code) {
    code label unit higherIsBetter valueKind
    source { title url kind publisher year }
    csvUrl(level: $level, period: $period)
    values(period: $period, level: $level) {
      area { code name } value category status cityAverage differenceFromCityAverage
      source { title url kind }
    }
  }
}`;

const SOURCE = 'source { title url kind publisher year }';

export const PROFILE_QUERY = `query Profile($code: ID!) {
  area(code: $code) {
    code name level bbox
    membership { provisional note }
    ancestors { code name level }
    children { code name level }
    source { title url kind publisher year licence }
    indicatorValues {
      indicator { code label unit theme higherIsBetter valueKind }
      period value category status cityAverage previousPeriod previousValue note
      ${SOURCE}
    }
  }
}`;

// Paged by 5: the DIN tree nests four lists, and the API limits a query's cost.
export const PROFILE_OPGAVEN_QUERY = `query ProfileOpgaven($code: ID!, $after: String) {
  opgaven(area: $code, within: false, first: 5, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id title theme period status summary sourceLocator
      doelen { title inspanningen { title betrokkenen { name } middelen { kind amount description credit { name } } } }
      ${SOURCE}
    } }
  }
}`;

export const PROFILE_INITIATIVES_QUERY = `query ProfileInitiatives($code: ID!) {
  area(code: $code) {
    initiatives(within: true) {
      id title description status link amount startedOn location { lon lat }
      initiator { name } fundingScheme { name }
      ${SOURCE}
    }
    credits(within: false) {
      id name amount remaining sourceLocator
      realisedToDate { year amount }
      budgetGoal { code }
      ${SOURCE}
    }
  }
}`;

export const STORY_QUERY = `query Story($slug: ID!) {
  story(slug: $slug) {
    slug title summary
    sources { title url kind publisher year }
    chapters {
      order title text missingFigures
      view { focusArea { code name level bbox } center { lon lat } zoom }
      layers { indicatorCode period initiatives credits }
      citations { source { title url kind } locator }
    }
  }
}`;

export const STORY_LAYERS_QUERY = `query StoryLayers {
  initiatives(first: 500) { edges { node { id title location { lon lat } } } }
  credits(first: 500) { edges { node { id name areas { code } } } }
}`;

export const AREA_AT_QUERY = `query AreaAt($lon: Float!, $lat: Float!) {
  areaAt(lon: $lon, lat: $lat, level: BUURT) { code name level }
}`;

export const AREA_NAMES_QUERY = `query AreaNames {
  areas(first: 500) { edges { node { code name level } } }
}`;

export const AREA_BRIEF_QUERY = `query AreaBrief($code: ID!) {
  area(code: $code) { code name level bbox }
}`;
