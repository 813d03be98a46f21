package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/zeromicro/go-zero/core/logx"

	"github.com/saltmarsh/survey/internal/client"
	"github.com/saltmarsh/survey/internal/export"
	"github.com/saltmarsh/survey/internal/importer"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/queue"
	"github.com/saltmarsh/survey/internal/render"
	"github.com/saltmarsh/survey/internal/security"
)

// Jobs holds the dependencies the background jobs need.
type Jobs struct {
	Runner          *export.Runner
	Rings           *model.RingRepo
	Trips           *model.TripRepo
	Volunteers      *model.VolunteerRepo
	Tides           *client.TidesClient
	Notifier        *client.Notifier
	ImportRoot      string
	PartnerEndpoint string
}

// HandleExport runs a queued CSV export and tells the requester it is ready.
func (j *Jobs) HandleExport(ctx context.Context, data []byte) error {
	var job export.Job
	if err := json.Unmarshal(data, &job); err != nil {
		return err
	}
	out, err := j.Runner.RunCSV(ctx, job)
	if err != nil {
		return err
	}
	if err := j.Runner.Compress(ctx, filepath.Base(out)); err != nil {
		logx.Infof("compress %s: %v", out, err)
	}
	return j.notifyVolunteer(ctx, job.Owner, "export.ready", map[string]string{"file": filepath.Base(out)})
}

// HandleReminders e-mails and pings everyone booked on upcoming trips at a site.
func (j *Jobs) HandleReminders(ctx context.Context, data []byte) error {
	var req queue.ReminderRequest
	if err := json.Unmarshal(data, &req); err != nil {
		return err
	}
	site := strings.ToUpper(strings.TrimSpace(req.SiteCode))
	if !security.ValidSiteCode(site) {
		return fmt.Errorf("bad site code %q", req.SiteCode)
	}
	within := time.Duration(req.WithinHours) * time.Hour
	if within <= 0 || within > 14*24*time.Hour {
		within = 48 * time.Hour
	}
	trips, err := j.Trips.UpcomingForSite(ctx, site, within)
	if err != nil {
		return err
	}
	for _, t := range trips {
		people, err := j.Trips.Participants(ctx, t.ID)
		if err != nil {
			return err
		}
		hw := j.highWater(ctx, t)
		for _, v := range people {
			d := render.ReminderData{Trip: t, Volunteer: v, Participants: people, HighWater: hw}
			var text string
			if req.CustomBody != "" {
				text, err = render.CustomReminder(req.CustomBody, d)
			} else {
				text, err = render.StandardReminder(d)
			}
			if err != nil {
				logx.Errorf("reminder for trip %d: %v", t.ID, err)
				continue
			}
			if v.WebhookURL != "" {
				if err := j.Notifier.DeliverPersonal(ctx, v.WebhookURL, client.Notification{Event: "trip.reminder", Subject: t.Title, Data: text, SentAt: time.Now()}); err != nil {
					logx.Infof("webhook for volunteer %d: %v", v.ID, err)
				}
			}
		}
	}
	return nil
}

func (j *Jobs) highWater(ctx context.Context, t model.Trip) string {
	if t.TideStation == "" {
		return ""
	}
	preds, err := j.Tides.ForStation(ctx, t.TideStation, t.StartsAt)
	if err != nil {
		return ""
	}
	for _, p := range preds {
		if p.Kind == "HW" {
			return p.Time.Format("15:04")
		}
	}
	return ""
}

// HandleImport unpacks a queued field-sheet archive and loads any scheme XML in it.
func (j *Jobs) HandleImport(ctx context.Context, data []byte) error {
	var req queue.ImportRequest
	if err := json.Unmarshal(data, &req); err != nil {
		return err
	}
	dest := filepath.Join(j.ImportRoot, fmt.Sprintf("v%d", req.UploadedBy), time.Now().Format("20060102-150405"))
	if err := os.MkdirAll(dest, 0o750); err != nil {
		return err
	}
	files, err := extractArchive(req.ArchivePath, dest)
	if err != nil {
		return err
	}
	imported := 0
	for _, f := range files {
		if !strings.EqualFold(filepath.Ext(f), ".xml") {
			continue
		}
		fh, err := os.Open(f)
		if err != nil {
			return err
		}
		rings, err := importer.ParseSchemeExport(fh, req.UploadedBy)
		fh.Close()
		if err != nil {
			logx.Infof("skip %s: %v", f, err)
			continue
		}
		for i := range rings {
			if _, err := j.Rings.Insert(ctx, &rings[i]); err == nil {
				imported++
			}
		}
	}
	return j.notifyVolunteer(ctx, req.UploadedBy, "import.done", map[string]int{"files": len(files), "records": imported})
}

// HandleNotify forwards an application event to the volunteer's webhook and
// mirrors it to the partner dashboard.
func (j *Jobs) HandleNotify(ctx context.Context, data []byte) error {
	var req queue.NotifyRequest
	if err := json.Unmarshal(data, &req); err != nil {
		return err
	}
	if j.PartnerEndpoint != "" {
		_ = j.Notifier.DeliverPartner(ctx, j.PartnerEndpoint, client.Notification{Event: req.Event, Data: req.Data, SentAt: time.Now()})
	}
	return j.notifyVolunteer(ctx, req.VolunteerID, req.Event, req.Data)
}

func (j *Jobs) notifyVolunteer(ctx context.Context, id int64, event string, payload interface{}) error {
	v, err := j.Volunteers.ByID(ctx, id)
	if err != nil || v.WebhookURL == "" {
		return err
	}
	return j.Notifier.DeliverPersonal(ctx, v.WebhookURL, client.Notification{Event: event, Subject: v.DisplayName, Data: payload, SentAt: time.Now()})
}
