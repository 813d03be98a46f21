package util

var approvalSorts = map[string]string{
	"date":     "time_entries.work_date DESC",
	"hours":    "time_entries.hours DESC",
	"project":  "time_entries.project ASC",
	"employee": "e.full_name ASC",
}

// ManagerListSorts are the orderings a manager can pick for the team list.
var ManagerListSorts = map[string]string{
	"name":       "full_name ASC",
	"department": "department ASC, full_name ASC",
	"newest":     "created_at DESC",
	"badge":      "badge_no ASC",
}

// ResolveSort maps a UI sort key onto an ORDER BY clause for approvals.
func ResolveSort(key string) string {
	if clause, ok := approvalSorts[key]; ok {
		return clause
	}
	return approvalSorts["date"]
}
