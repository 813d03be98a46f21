<#-- Standard back label text block (plain text, fed to the label RIP). -->
${productName?upper_case}
${style} cider made from ${varieties?join(", ")} apples grown by members of the Pressworks Cooperative.

Ingredients: ${ingredients?join(", ")}.
<#if allergens?has_content>Contains: ${allergens?join(", ")}.</#if>

${abv}% vol    ${volumeMl} ml ℮
Lot: ${lotCode}    Best before: ${bestBefore}
Pressworks Cider Cooperative, Orchard Lane, Hereford
