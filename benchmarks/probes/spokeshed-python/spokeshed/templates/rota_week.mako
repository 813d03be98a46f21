<%inherit file="base.mako"/>
<%def name="title()">Rota</%def>
<%
  from collections import defaultdict
  by_day = defaultdict(list)
  for s in shifts:
      by_day[s.day].append(s)
%>
<section class="rota">
  <h1>Rota — week of ${monday.strftime("%d %B %Y")}</h1>
  % for day in sorted(by_day):
  <h2>${day.strftime("%A %d")}</h2>
  <table>
    <tr><th>Session</th><th>Bench</th><th>Volunteer</th></tr>
    % for shift in by_day[day]:
    <tr>
      <td>${shift.session.replace("_", " ")}</td>
      <td>${shift.bench}</td>
      <td>
      % if shift.volunteer_id and volunteers.get(shift.volunteer_id):
        <% vol = volunteers[shift.volunteer_id] %>
        % if vol.website:
        <a href="${vol.website}" rel="noopener">${vol.display_name}</a> <!-- VULN xss -->
        % else:
        ${vol.display_name} <!-- SAFE xss -->
        % endif
      % else:
        <button class="claim" data-shift="${shift.id}">Claim</button>
      % endif
      </td>
    </tr>
    % endfor
  </table>
  % endfor
</section>
