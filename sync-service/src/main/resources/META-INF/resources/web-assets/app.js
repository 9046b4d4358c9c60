// Progressive enhancement of the text-message page: the page works without this script. It follows
// the status of the SMS still on their way (queued, handed-over) until they are sent or failed,
// shows times in the reader's time zone, and counts the characters left in a message.
"use strict";

function followStatus(item) {
  const id = item.dataset.smsId;
  const label = item.querySelector(".status");
  let delay = 500;
  const poll = () => {
    fetch("/web/sms/" + id, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((sms) => {
        label.textContent = sms.status;
        label.className = "status status-" + sms.status;
        if (sms.final) {
          item.removeAttribute("data-sms-id");
          return;
        }
        delay = Math.min(delay * 1.5, 5000);
        setTimeout(poll, delay);
      })
      .catch(() => setTimeout(poll, 5000));
  };
  poll();
}

function localTimes() {
  for (const time of document.querySelectorAll("time[datetime]")) {
    const at = new Date(time.getAttribute("datetime"));
    if (!isNaN(at)) {
      time.textContent = at.toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
    }
  }
}

function countCharacters() {
  const body = document.getElementById("body");
  const count = document.getElementById("body-count");
  if (!body || !count) {
    return;
  }
  const max = Number(body.dataset.max);
  const update = () => {
    count.textContent = max - body.value.length + " characters left";
  };
  body.addEventListener("input", update);
  update();
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-sms-id]").forEach(followStatus);
  localTimes();
  countCharacters();
});
