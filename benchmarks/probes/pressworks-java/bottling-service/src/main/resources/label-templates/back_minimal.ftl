<#-- Minimal back label for small formats (330 ml cans, 200 ml minis). -->
${productName} · ${abv}% vol · ${volumeMl} ml ℮
<#if allergens?has_content>Contains ${allergens?join(", ")}. </#if>Lot ${lotCode} · BB ${bestBefore}
