package web

import (
	"fmt"
	"html"
	"net/http"
	"os"
	"strconv"
	"text/template"
)

func Greet(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<h1>Hello %s</h1>", r.URL.Query().Get("name")) // VULN
}

func GreetSafe(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(r.URL.Query().Get("name"))) // SAFE
}

func GreetJSON(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"hello": %q}`, r.URL.Query().Get("name")) // SAFE
}

var page = template.Must(template.New("p").Parse("<p>{{.}}</p>"))

func Bio(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.URL.Query().Get("bio")) // VULN text/template does not escape
}

func Read(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		return
	}
	data, _ := os.ReadFile(fmt.Sprintf("/srv/reports/%d.csv", n)) // SAFE
	w.Write(data)
}
