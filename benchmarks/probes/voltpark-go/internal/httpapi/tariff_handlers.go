package httpapi

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

func (h *handlers) findTariffs(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	operatorID, err := strconv.ParseInt(q.Get("operator"), 10, 64)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"operator must be numeric"})
		return
	}
	currency := q.Get("currency")
	if currency == "" {
		currency = "EUR"
	}
	list, err := h.Tariffs.Applicable(r.Context(), operatorID, currency)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

func (h *handlers) patchTariff(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "tariffID"), 10, 64)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	var patch map[string]float64
	if err := decodeJSON(r, &patch); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"body must map price fields to numbers"})
		return
	}
	if err := h.Tariffs.UpdatePrices(r.Context(), userFrom(r.Context()), id, patch); err != nil {
		fail(w, err)
		return
	}
	t, err := h.Tariffs.Get(r.Context(), id)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, t)
}
