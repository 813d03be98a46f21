package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/nats-io/nats.go"

	"github.com/emberline/dispatch/internal/events"
	"github.com/emberline/dispatch/internal/models"
	"github.com/emberline/dispatch/internal/service"
)

// basePriorityScript is the center's own scoring before partner rules run.
const basePriorityScript = `(function () {
  var p = 3;
  if (request.kind === "type1_crew" || request.kind === "airtanker" || request.kind === "helitack") { p += 3; }
  if (request.quantity > 4) { p += 1; }
  return p;
})()`

func (w *Worker) onReportExport(m *nats.Msg) {
	var ev events.ReportExportRequested
	if err := json.Unmarshal(m.Data, &ev); err != nil {
		w.log.Printf("report export: bad payload: %v", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	src := filepath.Join(w.reportDir, fmt.Sprintf("incident-%d.html", ev.IncidentID))
	dst := filepath.Join(w.exportDir, fmt.Sprintf("incident-%d-%s", ev.IncidentID, ev.RequestedBy))
	script := fmt.Sprintf("pandoc %s --standalone -t %s -o %s.%s", src, ev.Format, dst, ev.Format)
	cmd := exec.CommandContext(ctx, "bash", "-c", script) // VULN cmdi
	if out, err := cmd.CombinedOutput(); err != nil {
		w.log.Printf("report export %d: %v: %s", ev.IncidentID, err, out)
		return
	}
	w.log.Printf("report export %d (%s) ready for %s", ev.IncidentID, ev.Format, ev.RequestedBy)
}

func (w *Worker) onResourceRequest(m *nats.Msg) {
	var ev events.ResourceRequested
	if err := json.Unmarshal(m.Data, &ev); err != nil {
		w.log.Printf("resource request: bad payload: %v", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	partner, err := w.partners.Get(ctx, ev.PartnerID)
	if err != nil {
		w.log.Printf("resource request %d: partner %s: %v", ev.RequestID, ev.PartnerID, err)
		return
	}
	rules, err := w.partners.RulesFor(ctx, ev.PartnerID)
	if err != nil {
		w.log.Printf("resource request %d: rules: %v", ev.RequestID, err)
	}
	priority := w.score(ev, rules)

	status := "queued"
	if priority >= 8 {
		status = "expedited"
	}
	if err := w.partners.UpdateRequestStatus(ctx, ev.RequestID, status); err != nil {
		w.log.Printf("resource request %d: update: %v", ev.RequestID, err)
	}

	callback := ev.CallbackURL
	if callback == "" {
		callback = partner.WebhookURL
	}
	if callback == "" {
		return
	}
	body, err := service.RenderNotification(partner, service.NotificationData{
		Partner:  partner,
		Request:  &models.ResourceRequest{ID: ev.RequestID, PartnerID: ev.PartnerID, Kind: ev.Kind, Quantity: ev.Quantity},
		Status:   status,
		Priority: priority,
	})
	if err != nil {
		w.log.Printf("resource request %d: notification: %v", ev.RequestID, err)
		return
	}
	w.notify(ctx, callback, body)
}

// score runs the base scoring script and then each partner rule; every rule
// that evaluates truthy raises the priority.
func (w *Worker) score(ev events.ResourceRequested, rules []models.DispatchRule) int {
	vm := goja.New()
	_ = vm.Set("request", map[string]interface{}{
		"kind":     ev.Kind,
		"quantity": ev.Quantity,
		"partner":  ev.PartnerID,
	})
	priority := 3
	if v, err := vm.RunString(basePriorityScript); err == nil { // SAFE code
		priority = int(v.ToInteger())
	}
	for _, r := range rules {
		v, err := vm.RunString(r.Expression) // VULN code
		if err != nil {
			w.log.Printf("rule %d (%s): %v", r.ID, r.Name, err)
			continue
		}
		if v.ToBoolean() {
			priority += 2
		}
	}
	return priority
}

func (w *Worker) notify(ctx context.Context, callback, body string) {
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, callback, strings.NewReader(body)) // VULN ssrf
		if err != nil {
			w.log.Printf("notify %s: %v", callback, err)
			return
		}
		req.Header.Set("Content-Type", "text/plain; charset=utf-8")
		req.Header.Set("User-Agent", "emberline-dispatch-worker/2.4")
		resp, err := w.client.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return
			}
		}
		time.Sleep(backoff(attempt))
	}
	w.log.Printf("notify %s: giving up", callback)
}
