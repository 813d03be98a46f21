package partnerapi

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"

	"github.com/emberline/dispatch/internal/service"
)

func statusFor(err error) int {
	if errors.Is(err, service.ErrValidation) {
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

func (a *API) register(w http.ResponseWriter, r *http.Request) {
	var in service.Registration
	if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, "malformed registration")
		return
	}
	p, key, err := a.partners.Register(r.Context(), in)
	if err != nil {
		writeError(w, statusFor(err), err.Error())
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"partner": p, "api_key": key})
}

func (a *API) zonesByCounty(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	zones, err := a.incidents.ZonesByCounty(r.Context(), q.Get("county"), q.Get("level"))
	if err != nil {
		writeError(w, statusFor(err), err.Error())
		return
	}
	writeJSON(w, http.StatusOK, zones)
}

func (a *API) submitRequest(w http.ResponseWriter, r *http.Request) {
	var in service.RequestInput
	if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, "malformed request")
		return
	}
	rr, err := a.partners.SubmitRequest(r.Context(), partnerFrom(r.Context()), in)
	if err != nil {
		writeError(w, statusFor(err), err.Error())
		return
	}
	writeJSON(w, http.StatusAccepted, rr)
}

type ruleInput struct {
	Name       string `json:"name"`
	Expression string `json:"expression"`
}

// addRule stores a prioritisation rule such as
// `request.kind === "type1_crew" && request.quantity >= 2`.
func (a *API) addRule(w http.ResponseWriter, r *http.Request) {
	var in ruleInput
	if err := json.NewDecoder(io.LimitReader(r.Body, 16<<10)).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, "malformed rule")
		return
	}
	rule, err := a.partners.AddRule(r.Context(), partnerFrom(r.Context()), in.Name, in.Expression)
	if err != nil {
		writeError(w, statusFor(err), err.Error())
		return
	}
	writeJSON(w, http.StatusCreated, rule)
}

func (a *API) setTemplate(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	if id != partnerFrom(r.Context()) {
		writeError(w, http.StatusForbidden, "cannot modify another partner")
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 16<<10))
	if err != nil {
		writeError(w, http.StatusBadRequest, "unreadable template")
		return
	}
	if err := a.partners.SetNotifyTemplate(r.Context(), id, string(body)); err != nil {
		writeError(w, statusFor(err), err.Error())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *API) requestExport(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(mux.Vars(r)["id"])
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad incident id")
		return
	}
	var in struct {
		Format string `json:"format"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 4<<10)).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, "malformed export request")
		return
	}
	if err := a.partners.RequestExport(r.Context(), partnerFrom(r.Context()), id, in.Format); err != nil {
		writeError(w, statusFor(err), err.Error())
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (a *API) importSnapshot(w http.ResponseWriter, r *http.Request) {
	n, err := a.partners.ImportSnapshot(r.Context(), http.MaxBytesReader(w, r.Body, 32<<20))
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"incidents": n})
}

func (a *API) sensorReadings(w http.ResponseWriter, r *http.Request) {
	pts, err := a.crews.SensorReadings(r.Context(), mux.Vars(r)["sensor"])
	if err != nil {
		writeError(w, statusFor(err), err.Error())
		return
	}
	writeJSON(w, http.StatusOK, pts)
}

func (a *API) uploadTiles(w http.ResponseWriter, r *http.Request) {
	layer := mux.Vars(r)["layer"]
	if !a.tiles.KnownLayer(layer) {
		writeError(w, http.StatusNotFound, "unknown layer")
		return
	}
	path, err := a.tiles.SpoolPartnerBundle(http.MaxBytesReader(w, r.Body, 2<<30))
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if err := a.partners.QueueTileBundle(partnerFrom(r.Context()), layer, path); err != nil {
		writeError(w, http.StatusInternalServerError, "could not queue bundle")
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (a *API) submitAlert(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 2<<20))
	if err != nil {
		writeError(w, http.StatusBadRequest, "unreadable alert")
		return
	}
	alerts, err := a.alerts.IngestPartner(data)
	if err != nil {
		writeError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	writeJSON(w, http.StatusAccepted, alerts)
}
