package service

import (
	"sync"

	"github.com/antchfx/xmlquery"

	"github.com/emberline/dispatch/internal/capxml"
)

const maxCachedAlerts = 500

// AlertService keeps the recent CAP alerts in memory for the console.
type AlertService struct {
	mu   sync.RWMutex
	docs []*xmlquery.Node
}

// NewAlertService returns an empty alert cache.
func NewAlertService() *AlertService {
	return &AlertService{}
}

func (s *AlertService) remember(doc *xmlquery.Node) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs = append(s.docs, doc)
	if len(s.docs) > maxCachedAlerts {
		s.docs = s.docs[len(s.docs)-maxCachedAlerts:]
	}
}

// Ingest accepts a CAP message from a county alerting system.
func (s *AlertService) Ingest(data []byte) ([]capxml.Alert, error) {
	normalized, err := capxml.Normalize(data)
	if err != nil {
		return nil, err
	}
	doc, err := capxml.Load(normalized)
	if err != nil {
		return nil, err
	}
	s.remember(doc)
	return capxml.Summarize(doc), nil
}

// IngestPartner accepts a CAP message relayed by a partner agency.
func (s *AlertService) IngestPartner(data []byte) ([]capxml.Alert, error) {
	if err := capxml.Check(data); err != nil {
		return nil, err
	}
	doc, err := capxml.Load(string(data))
	if err != nil {
		return nil, err
	}
	s.remember(doc)
	return capxml.Summarize(doc), nil
}

// ByEvent searches cached alerts by event type ("Red Flag Warning", ...).
func (s *AlertService) ByEvent(event string) []capxml.Alert {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []capxml.Alert
	for _, doc := range s.docs {
		out = append(out, capxml.FindByEvent(doc, event)...)
	}
	return out
}

// ByArea searches cached alerts by area description.
func (s *AlertService) ByArea(area string) ([]capxml.Alert, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []capxml.Alert
	for _, doc := range s.docs {
		found, err := capxml.FindByArea(doc, area)
		if err != nil {
			return nil, err
		}
		out = append(out, found...)
	}
	return out, nil
}
