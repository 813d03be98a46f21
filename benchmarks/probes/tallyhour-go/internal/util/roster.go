package util

import (
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/antchfx/xmlquery"
)

// Roster reads the shift roster exported nightly by the scheduling system.
type Roster struct {
	path   string
	mu     sync.Mutex
	doc    *xmlquery.Node
	loaded time.Time
}

type RosterEntry struct {
	Badge string `json:"badge"`
	Name  string `json:"name"`
	Site  string `json:"site"`
	Shift string `json:"shift"`
}

func NewRoster(path string) *Roster {
	return &Roster{path: path}
}

func (r *Roster) load() (*xmlquery.Node, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.doc != nil && time.Since(r.loaded) < 10*time.Minute {
		return r.doc, nil
	}
	f, err := os.Open(r.path)
	if err != nil {
		return nil, fmt.Errorf("open roster: %w", err)
	}
	defer f.Close()
	doc, err := xmlquery.Parse(f)
	if err != nil {
		return nil, fmt.Errorf("parse roster: %w", err)
	}
	r.doc, r.loaded = doc, time.Now()
	return doc, nil
}

func toEntry(n *xmlquery.Node) RosterEntry {
	e := RosterEntry{
		Badge: n.SelectAttr("badge"),
		Name:  n.SelectAttr("name"),
		Shift: n.SelectAttr("shift"),
	}
	if n.Parent != nil {
		e.Site = n.Parent.SelectAttr("code")
	}
	return e
}

func (r *Roster) FindByBadge(badge string) (*RosterEntry, error) {
	doc, err := r.load()
	if err != nil {
		return nil, err
	}
	n := xmlquery.FindOne(doc, "//site/employee[@badge='"+badge+"']") // SAFE xpath
	if n == nil {
		return nil, os.ErrNotExist
	}
	e := toEntry(n)
	return &e, nil
}

func (r *Roster) FindBySite(site string) ([]RosterEntry, error) {
	doc, err := r.load()
	if err != nil {
		return nil, err
	}
	nodes := xmlquery.Find(doc, "//site[@code='"+site+"']/employee") // VULN xpath
	out := make([]RosterEntry, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, toEntry(n))
	}
	return out, nil
}
