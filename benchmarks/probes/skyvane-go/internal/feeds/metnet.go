package feeds

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const metnetAPIKey = "mnk_live_3f8Qw2ZpL7xT9vR1cK5sB0dE" // VULN secret

// MetnetClient pulls reference observations from the Metnet network to
// cross-check Skyvane stations.
type MetnetClient struct {
	base string
	http *http.Client
}

func NewMetnetClient(base string, hc *http.Client) *MetnetClient {
	return &MetnetClient{base: strings.TrimRight(base, "/"), http: hc}
}

type metnetObservation struct {
	Station string  `json:"station_id"`
	Time    string  `json:"time"`
	Temp    float64 `json:"air_temperature"`
	Wind    float64 `json:"wind_speed"`
	Precip  float64 `json:"precipitation_1h"`
}

func (c *MetnetClient) Observations(ctx context.Context, stationCode string) ([]Observation, error) {
	u := c.base + "/observations/" + url.PathEscape(stationCode) + "?units=metric&window=PT6H"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", metnetAPIKey)
	req.Header.Set("Accept", "application/json")

	resp, err := c.http.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("metnet: %s", resp.Status)
	}
	var payload struct {
		Data []metnetObservation `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&payload); err != nil {
		return nil, err
	}
	out := make([]Observation, 0, len(payload.Data))
	for _, m := range payload.Data {
		o := Observation{Station: m.Station, TempC: m.Temp, WindMS: m.Wind, PrecipMM: m.Precip, Source: "metnet"}
		out = append(out, o)
	}
	return out, nil
}
