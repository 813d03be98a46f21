// Package model holds GraphQL-only types.
package model

// WagonFilter is the GraphQL input for the wagons query.
type WagonFilter struct {
	Statuses     []string `json:"statuses,omitempty"`
	OperatorCode *string  `json:"operatorCode,omitempty"`
	Depot        *string  `json:"depot,omitempty"`
	Limit        *int     `json:"limit,omitempty"`
}

// ConsistWagonSummary is one wagon of an imported consist.
type ConsistWagonSummary struct {
	Position       int     `json:"position"`
	Number         string  `json:"number"`
	Registered     bool    `json:"registered"`
	DangerousGoods *string `json:"dangerousGoods,omitempty"`
}

// ConsistSummary is the result of a consist import.
type ConsistSummary struct {
	TrainNumber   string                 `json:"trainNumber"`
	Departure     string                 `json:"departure"`
	Destination   string                 `json:"destination"`
	Wagons        []*ConsistWagonSummary `json:"wagons"`
	UnknownWagons int                    `json:"unknownWagons"`
}
