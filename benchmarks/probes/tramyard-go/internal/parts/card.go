package parts

import (
	"path/filepath"

	"github.com/flosch/pongo2/v6"
)

// CardRenderer renders the printable bin card of a part.
type CardRenderer struct {
	tpl *pongo2.Template
}

// NewCardRenderer loads the bin card template from dir.
func NewCardRenderer(dir string) (*CardRenderer, error) {
	tpl, err := pongo2.FromFile(filepath.Join(dir, "part_card.html")) // SAFE ssti
	if err != nil {
		return nil, err
	}
	return &CardRenderer{tpl: tpl}, nil
}

// Render produces the bin card HTML.
func (c *CardRenderer) Render(p *Part, entry *CatalogEntry) (string, error) {
	return c.tpl.Execute(pongo2.Context{
		"part":  p,
		"entry": entry,
		"low":   p.QtyOnHand <= p.ReorderLevel,
	})
}
