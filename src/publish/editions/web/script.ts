/**
 * The web edition's only script (optional: every page is complete without it), ~2 KB:
 * - counters: a figure counts up to its value once it scrolls into view, only when the reader
 *   has not asked for reduced motion; screen readers get the final figure at once, and the
 *   number ends exactly as the bundle formatted it;
 * - video facade: for a known player host, the click replaces the poster with the player (the
 *   first request to that host); otherwise the link simply opens the video's page;
 * - language menu: Escape or a click elsewhere closes it.
 */
const JS = `(function(){
"use strict";
var d=document,root=d.documentElement;
var reduce=window.matchMedia&&window.matchMedia("(prefers-reduced-motion: reduce)").matches;
var fmt;try{fmt=new Intl.NumberFormat(root.getAttribute("data-intl")||undefined,{maximumFractionDigits:0})}catch(e){fmt=null}
function count(el){
var target=parseFloat(el.getAttribute("data-count")),final=el.textContent;
if(!isFinite(target)||!fmt||target<10)return;
var sr=d.createElement("span");sr.className="sr-only";sr.textContent=final;
el.parentNode.insertBefore(sr,el);el.setAttribute("aria-hidden","true");
el.style.minWidth=el.getBoundingClientRect().width+"px";
var start=null,dur=1400;
function step(t){if(start===null)start=t;var p=Math.min(1,(t-start)/dur),e=1-Math.pow(1-p,3);
el.textContent=p<1?fmt.format(Math.round(target*e)):final;if(p<1)requestAnimationFrame(step)}
el.textContent=fmt.format(0);requestAnimationFrame(step)}
if(!reduce&&"IntersectionObserver" in window){
var io=new IntersectionObserver(function(es){es.forEach(function(en){if(en.isIntersecting){io.unobserve(en.target);count(en.target)}})},{threshold:0.6});
Array.prototype.forEach.call(d.querySelectorAll("[data-count]"),function(el){io.observe(el)})}
d.addEventListener("click",function(ev){
var a=ev.target.closest&&ev.target.closest("a.video-play[data-embed]");
if(a){ev.preventDefault();var f=d.createElement("iframe");f.src=a.getAttribute("data-embed");
f.title=a.getAttribute("data-title")||"";f.allow="autoplay; fullscreen; picture-in-picture; encrypted-media";
f.setAttribute("allowfullscreen","");f.referrerPolicy="strict-origin";a.parentNode.replaceChild(f,a);f.focus();return}
Array.prototype.forEach.call(d.querySelectorAll("details.lang-menu[open]"),function(m){if(!m.contains(ev.target))m.removeAttribute("open")})});
d.addEventListener("keydown",function(ev){if(ev.key!=="Escape")return;
Array.prototype.forEach.call(d.querySelectorAll("details.lang-menu[open]"),function(m){m.removeAttribute("open");var s=m.querySelector("summary");if(s)s.focus()})});
})();
`

export function script(): string {
  return JS
}
