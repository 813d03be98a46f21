// Package templates embeds the HTML and text templates used by Skyvane.
package templates

import "embed"

//go:embed *.html *.tmpl
var FS embed.FS
