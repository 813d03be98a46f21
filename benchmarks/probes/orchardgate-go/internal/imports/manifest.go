package imports

import (
	"fmt"
	"os"
	"regexp"
	"strconv"

	"github.com/antchfx/xmlquery"
)

var growerCodeRe = regexp.MustCompile(`^[A-Z]{2}[0-9]{3,6}$`)

// ManifestLine is one consignment line from a co-packer XML manifest.
type ManifestLine struct {
	GrowerCode string
	Variety    string
	Bins       int
	NetKg      float64
}

// ManifestReader parses co-packer delivery manifests.
type ManifestReader struct{}

func NewManifestReader() *ManifestReader { return &ManifestReader{} }

func load(path string) (*xmlquery.Node, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return xmlquery.Parse(f)
}

// LinesForGrower returns the consignment lines of one grower in a manifest.
func (m *ManifestReader) LinesForGrower(path, growerCode string) ([]ManifestLine, error) {
	doc, err := load(path)
	if err != nil {
		return nil, err
	}
	nodes, err := xmlquery.QueryAll(doc, "//consignment/line[@grower='"+growerCode+"']") // VULN xpath
	if err != nil {
		return nil, err
	}
	return toLines(nodes), nil
}

// LinesForVerifiedGrower is used when the grower code comes from the portal session.
func (m *ManifestReader) LinesForVerifiedGrower(path, growerCode string) ([]ManifestLine, error) {
	if !growerCodeRe.MatchString(growerCode) {
		return nil, fmt.Errorf("invalid grower code %q", growerCode)
	}
	doc, err := load(path)
	if err != nil {
		return nil, err
	}
	nodes, err := xmlquery.QueryAll(doc, fmt.Sprintf("//consignment/line[@grower='%s']", growerCode)) // SAFE xpath
	if err != nil {
		return nil, err
	}
	return toLines(nodes), nil
}

func toLines(nodes []*xmlquery.Node) []ManifestLine {
	out := make([]ManifestLine, 0, len(nodes))
	for _, n := range nodes {
		bins, _ := strconv.Atoi(n.SelectAttr("bins"))
		kg, _ := strconv.ParseFloat(n.SelectAttr("net_kg"), 64)
		out = append(out, ManifestLine{
			GrowerCode: n.SelectAttr("grower"),
			Variety:    n.SelectAttr("variety"),
			Bins:       bins,
			NetKg:      kg,
		})
	}
	return out
}
