export const typeDefs = /* GraphQL */ `
  scalar DateTime

  type InspectionRow {
    id: ID!
    status: String!
    scheduledFor: DateTime
    policyNumber: String!
    insuredName: String!
    county: String!
    zip: String!
    riskTier: Int!
    riskScore: Float
  }

  type ParcelBoundary {
    apn: String
    areaAcres: Float
    coordinates: [[[Float!]!]!]!
  }

  type Inspection {
    id: ID!
    status: String!
    scheduledFor: DateTime
    summary: String
    fieldNotes: String
    riskScore: Float
  }

  input WeightingSample {
    slope: Float!
    fuel: Float!
    distance: Float!
    defensible: Float!
  }

  type Query {
    inspectionsByArea(zip: String!, county: String!, minTier: Int): [InspectionRow!]!
    parcelLayerPreview(sourceUrl: String!, limit: Int): [ParcelBoundary!]!
    weightingPreview(expression: String!, samples: [WeightingSample!]!): [Float!]!
    inspection(id: ID!): Inspection
  }

  type Mutation {
    appendHazardNotes(propertyId: ID!, notes: String!): Boolean!
    setRiskTier(propertyId: ID!, tier: Int!): Boolean!
    saveFieldNotes(inspectionId: ID!, notes: String!): Inspection!
    setRiskFormula(formula: String!): Boolean!
    setEmailFooter(template: String!): Boolean!
  }
`;
