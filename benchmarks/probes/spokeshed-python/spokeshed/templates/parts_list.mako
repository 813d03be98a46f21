<%inherit file="base.mako"/>
<%def name="title()">Parts</%def>
<section class="parts">
  <h1>Parts${" — " + category if category else ""}</h1>
  <form method="get" action="/parts" class="filters">
    <input name="category" value="${category or ''}" placeholder="category">
    <select name="sort">
    % for key in ("name", "bin", "stock", "price"):
      <option value="${key}" ${'selected' if key == sort else ''}>${key}</option>
    % endfor
    </select>
    <button>Filter</button>
  </form>
  <table>
    <thead><tr><th>SKU</th><th>Name</th><th>Bin</th><th>Stock</th><th>Price</th><th></th></tr></thead>
    <tbody>
    % for part in parts:
      <tr class="${'low' if part.qty_on_hand < 3 else ''}">
        <td>${part.sku}</td>
        <td>${part.name | h}</td> <!-- SAFE xss -->
        <td>${part.bin_location}</td>
        <td>${part.qty_on_hand}</td>
        <td>£${part.sale_price}</td>
        <td><button data-sku="${part.sku}" class="print-label">Label</button></td>
      </tr>
    % endfor
    </tbody>
  </table>
</section>
