package api

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"time"

	"github.com/gorilla/mux"

	"github.com/orchardgate/orchardgate/internal/clients"
	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/grading"
	"github.com/orchardgate/orchardgate/internal/webutil"
)

func (s *Server) growerProfilePage(w http.ResponseWriter, r *http.Request) {
	g, err := s.growers.ByCode(r.Context(), mux.Vars(r)["code"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.views.Profile(w, *g, 0); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
	}
}

// priceWidget renders the small price table embedded on farm-shop websites.
func (s *Server) priceWidget(w http.ResponseWriter, r *http.Request) {
	variety := r.URL.Query().Get("variety")
	shop := r.URL.Query().Get("shop")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<div class=\"og-widget\"><h4>Cooperative prices – %s</h4><table>", html.EscapeString(variety)) // SAFE xss
	for _, g := range []string{grading.GradePremium, grading.GradeStandard, grading.GradeJuice} {
		fmt.Fprintf(w, "<tr><td>Grade %s</td><td>%.2f/t</td></tr>", g, float64(grading.PricePerTonne(g))/100)
	}
	fmt.Fprintf(w, "</table>")
	// signed-in members see their own season totals in the widget
	if claims, err := s.tokens.VerifyPortal(bearer(r)); err == nil && claims.GrowerID != 0 {
		var kg float64
		var loads int
		totals, _ := s.deliveries.GradeTotals(r.Context(), claims.GrowerID, time.Now().Year())
		for _, t := range totals {
			kg += t.NetKg
			loads += t.Loads
		}
		fmt.Fprintf(w, "<p class=\"og-mine\">Member %d: %.0f kg in %d loads this season</p>", claims.GrowerID, kg, loads)
	}
	fmt.Fprintf(w, "<p class=\"og-shop\">Shown on %s</p></div>", shop) // VULN xss
}

func (s *Server) updateProfile(w http.ResponseWriter, r *http.Request) {
	id, ok := webutil.UintParam(mux.Vars(r)["id"])
	claims := portalClaims(r)
	if !ok || claims == nil || (claims.Role == "grower" && claims.GrowerID != id) {
		webutil.Error(w, http.StatusForbidden, "not your profile")
		return
	}
	var in dto.GrowerProfileUpdate
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		webutil.Error(w, http.StatusBadRequest, "invalid body")
		return
	}
	g, err := s.growers.UpdateProfile(r.Context(), id, in)
	if err != nil {
		webutil.Error(w, http.StatusInternalServerError, "update failed")
		return
	}
	webutil.JSON(w, http.StatusOK, g)
}

func (s *Server) testWebhook(w http.ResponseWriter, r *http.Request) {
	id, _ := webutil.UintParam(mux.Vars(r)["id"])
	ev := clients.Event{Type: "webhook.test", GrowerID: id, Payload: map[string]string{"hello": "orchardgate"}, SentAt: time.Now()}
	if err := s.webhooks.DeliverRelay(r.Context(), r.FormValue("endpoint"), ev); err != nil {
		webutil.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) cardLookup(w http.ResponseWriter, r *http.Request) {
	g, err := s.growers.ByPortalKey(r.Context(), mux.Vars(r)["key"])
	if err != nil {
		webutil.Error(w, http.StatusNotFound, "unknown card")
		return
	}
	webutil.JSON(w, http.StatusOK, map[string]any{"code": g.Code, "name": g.Name})
}
