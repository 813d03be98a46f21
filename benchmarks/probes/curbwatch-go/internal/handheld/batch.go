package handheld

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/antchfx/xmlquery"
)

// TicketBatch is the sync document exchanged with the handheld ticket writers.
type TicketBatch struct {
	XMLName  xml.Name         `xml:"batch"`
	Device   string           `xml:"device,attr"`
	Beat     string           `xml:"beat,attr"`
	SyncedAt time.Time        `xml:"synced,attr"`
	Tickets  []HandheldTicket `xml:"ticket"`
}

// HandheldTicket is one ticket as recorded on a device.
type HandheldTicket struct {
	Number     string    `xml:"number,attr" json:"number"`
	Voided     bool      `xml:"voided,attr" json:"voided"`
	Officer    string    `xml:"officer" json:"officer"`
	Plate      string    `xml:"plate" json:"plate"`
	PlateState string    `xml:"state" json:"plate_state"`
	Street     string    `xml:"street" json:"street"`
	Violation  string    `xml:"violation" json:"violation"`
	WrittenAt  time.Time `xml:"written" json:"written_at"`
	Notes      string    `xml:"notes" json:"notes"`
}

// DecodeBatch parses a batch uploaded from a device.
func DecodeBatch(r io.Reader) (*TicketBatch, error) {
	dec := xml.NewDecoder(io.LimitReader(r, 16<<20))
	dec.Strict = true
	var b TicketBatch
	if err := dec.Decode(&b); err != nil { // SAFE xxe
		return nil, fmt.Errorf("decode batch: %w", err)
	}
	return &b, nil
}

// Index answers officers' questions against the latest synced batch of their beat.
type Index struct {
	dir string
}

func NewIndex(dir string) *Index {
	return &Index{dir: dir}
}

func (i *Index) load(beat string) (*xmlquery.Node, error) {
	f, err := os.Open(filepath.Join(i.dir, "beats", beat, "latest.xml"))
	if err != nil {
		return nil, fmt.Errorf("open beat batch: %w", err)
	}
	defer f.Close()
	return xmlquery.Parse(f)
}

// OnStreet lists the officer's own tickets written on a street.
func (i *Index) OnStreet(beat, badge, street string) ([]HandheldTicket, error) {
	doc, err := i.load(beat)
	if err != nil {
		return nil, err
	}
	expr := fmt.Sprintf("//ticket[officer='%s' and street='%s']", badge, street)
	nodes, err := xmlquery.QueryAll(doc, expr) // VULN xpath
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	return toTickets(nodes), nil
}

// ForPlate lists all tickets on the beat for a normalised plate.
func (i *Index) ForPlate(beat, plate string) ([]HandheldTicket, error) {
	doc, err := i.load(beat)
	if err != nil {
		return nil, err
	}
	nodes, err := xmlquery.QueryAll(doc, "//ticket[plate='"+plate+"' and @voided!='true']") // SAFE xpath
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	return toTickets(nodes), nil
}

func toTickets(nodes []*xmlquery.Node) []HandheldTicket {
	out := make([]HandheldTicket, 0, len(nodes))
	for _, n := range nodes {
		t := HandheldTicket{
			Number:     n.SelectAttr("number"),
			Voided:     n.SelectAttr("voided") == "true",
			Officer:    text(n, "officer"),
			Plate:      text(n, "plate"),
			PlateState: text(n, "state"),
			Street:     text(n, "street"),
			Violation:  text(n, "violation"),
			Notes:      text(n, "notes"),
		}
		if ts, err := time.Parse(time.RFC3339, text(n, "written")); err == nil {
			t.WrittenAt = ts
		}
		out = append(out, t)
	}
	return out
}

func text(n *xmlquery.Node, child string) string {
	if c := n.SelectElement(child); c != nil {
		return strings.TrimSpace(c.InnerText())
	}
	return ""
}
