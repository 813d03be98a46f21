package service

import (
	"context"
	"fmt"
	"html/template"
	"io"

	"github.com/skyvane/skyvane/internal/feeds"
	"github.com/skyvane/skyvane/internal/models"
	"github.com/skyvane/skyvane/internal/templates"
)

// StationView is the model of the public station page.
type StationView struct {
	Code        string
	Name        string
	Region      string
	Latitude    float64
	Longitude   float64
	ElevationM  float64
	Description template.HTML
	PartnerName string
	PartnerSite template.URL
	Latest      *feeds.Observation
	OpenAlerts  []models.Alert
	Forecasts   []models.Forecast
}

type PageService struct {
	stations  *StationService
	partners  *PartnerService
	forecasts *ForecastService
	alerts    *AlertService
	feeds     *FeedService
	tmpl      *template.Template
}

func NewPageService(stations *StationService, partners *PartnerService, forecasts *ForecastService,
	alerts *AlertService, feedSvc *FeedService) (*PageService, error) {
	tmpl, err := template.New("pages").Funcs(template.FuncMap{
		"percent": func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
	}).ParseFS(templates.FS, "*.html")
	if err != nil {
		return nil, err
	}
	return &PageService{stations: stations, partners: partners, forecasts: forecasts, alerts: alerts, feeds: feedSvc, tmpl: tmpl}, nil
}

// StationPage assembles the public page for a station. Descriptions are
// written by station operators and may contain basic formatting.
func (s *PageService) StationPage(ctx context.Context, code string) (*StationView, error) {
	st, err := s.stations.Get(ctx, code)
	if err != nil {
		return nil, err
	}
	view := &StationView{
		Code:        st.Code,
		Name:        st.Name,
		Region:      st.Region,
		Latitude:    st.Latitude,
		Longitude:   st.Longitude,
		ElevationM:  st.ElevationM,
		Description: template.HTML(st.Description), // VULN xss
	}
	if st.PartnerID != nil {
		if p, err := s.partners.ByID(ctx, *st.PartnerID); err == nil {
			view.PartnerName = p.Name
			view.PartnerSite = template.URL(p.Website.String) // VULN xss
		}
	}
	if fc, err := s.forecasts.ForStation(ctx, st.ID); err == nil {
		view.Forecasts = fc
	}
	if al, err := s.alerts.OpenForStation(ctx, st.Code); err == nil {
		view.OpenAlerts = al
	}
	if o, ok, err := s.feeds.LatestNetworkObservation(ctx, st.Code); err == nil && ok {
		view.Latest = &o
	}
	return view, nil
}

func (s *PageService) Render(w io.Writer, name string, data any) error {
	return s.tmpl.ExecuteTemplate(w, name, data)
}
