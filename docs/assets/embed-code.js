// The box with the frame code on a page that holds a widget (guide_site/embed/code.py). The build wrote the code with
// the site's configured address; here it gets the address the page is actually served from, so that what is copied
// works whatever site_url says. The button copies it; where the browser does not let it, the code is selected for
// copying by hand. No Ladok rule here.
for (const area of document.querySelectorAll("textarea.ladok-embed-code-text")) {
  const box = area.closest(".ladok-embed-code");
  const here = new URL(area.dataset.path, location.href).href;
  area.value = area.value.replace(/src="[^"]*"/, `src="${here.replace(/"/g, "%22")}"`);
  const button = box.querySelector(".ladok-embed-code-copy");
  const status = box.querySelector(".ladok-embed-code-status");
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = area.dataset.copied;
    } catch (e) {
      area.focus();
      area.select();
      status.textContent = area.dataset.failed;
    }
  });
}
