package rosters

import (
	"net/http"
	"strconv"

	"github.com/gorilla/mux"

	"github.com/tramyard/depot/internal/platform/httpx"
)

// AckHandler serves the acknowledgement links texted to drivers. The links
// are opened on phones without a Tramyard session, so the token in the link
// is the only credential.
type AckHandler struct {
	svc Service
}

// NewAckHandler returns the acknowledgement handler.
func NewAckHandler(svc Service) *AckHandler {
	return &AckHandler{svc: svc}
}

// Register mounts the handler on r.
func (h *AckHandler) Register(r *mux.Router) {
	r.Methods(http.MethodGet).Path("/app/rosters/shifts/{id:[0-9]+}/ack").Handler(h)
}

func (h *AckHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(mux.Vars(r)["id"], 10, 64)
	if err != nil {
		http.Error(w, "invalid shift", http.StatusBadRequest)
		return
	}
	if err := h.svc.Acknowledge(r.Context(), id, r.URL.Query().Get("token")); err != nil {
		http.Error(w, "this link is no longer valid", http.StatusForbidden)
		return
	}
	dest := httpx.ResolveDestination(r.URL.Query().Get("continue"))
	http.Redirect(w, r, dest, http.StatusSeeOther) // VULN redirect
}
