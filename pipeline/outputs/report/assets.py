"""The report's CSS and JavaScript, inlined into every page (no network, no external files)."""
from __future__ import annotations

# Each dimension gets a hue, an underline style and a short text tag, so it reads without colour.
PALETTE = ["#1f6feb", "#b35900", "#2e7d32", "#8e24aa", "#c62828", "#00838f", "#6d4c41", "#455a64"]
STYLES = ["solid", "double", "dashed", "dotted", "wavy"]
TAGS = {"currency": "money", "percentage": "%", "count": "count", "length": "length", "mass": "mass",
        "time": "time", "area": "area", "volume": "volume", "energy": "energy", "temperature": "temp"}

CSS = """
:root{--fg:#1b1b1b;--muted:#555;--bg:#fff;--line:#d0d0d0;--conflict:#b00020;--agree:#1b5e20;--card:#f7f7f8}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);
 background:var(--bg);margin:0}
header.top{padding:.6rem 1.5rem;border-bottom:1px solid var(--line)}
header.top p{margin:.2rem 0}
header.top h1{margin:0;font-size:1.5rem}
nav.toc{display:flex;gap:1rem;flex-wrap:wrap;padding:.5rem 1.5rem;border-bottom:1px solid var(--line);
 position:sticky;top:0;background:var(--bg);z-index:5}
main{padding:0 1.5rem 3rem;max-width:70rem}
h2{margin:1.4rem 0 .6rem;border-bottom:2px solid var(--fg);padding-bottom:.2rem}
a{color:#0b57d0}
a:focus-visible,[tabindex]:focus-visible,button:focus-visible{outline:3px solid #ffb300;outline-offset:2px}
.muted{color:var(--muted)}
.stats{display:flex;flex-wrap:wrap;gap:.75rem;padding:0;list-style:none}
.stats li{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.3rem .8rem;min-width:7rem}
.stats b{display:block;font-size:1.35rem}
.stats li.bad b{color:var(--conflict)}
.overview-grid{display:flex;flex-wrap:wrap;gap:0 2.5rem;align-items:flex-start}
.overview-grid h3{margin:.3rem 0}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border-bottom:1px solid var(--line);padding:.25rem .6rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.verdict{display:inline-block;font-weight:700;font-size:.8rem;letter-spacing:.04em;padding:.05rem .45rem;
 border-radius:4px;border:2px solid currentColor;margin-right:.4rem}
.verdict.conflict{color:var(--conflict)}
.verdict.agree{color:var(--agree);border-style:dashed}
ol.findings{list-style:none;padding:0}
.finding{border:1px solid var(--line);border-left:6px solid var(--agree);border-radius:6px;padding:.6rem .9rem;
 margin:.6rem 0;background:var(--bg)}
.finding.conflict{border-left:6px double var(--conflict);background:#fff6f7}
.finding:target{box-shadow:0 0 0 3px #ffb300}
.finding .quotes{margin:.4rem 0 0;padding-left:1.2rem}
.finding .quotes li{margin:.2rem 0}
.finding .detail{font-size:.9rem;color:var(--muted)}
blockquote{margin:0}
.subject{border-top:1px solid var(--line);padding-top:.5rem}
.subject h3{margin:.6rem 0 .2rem}
.measure h4{margin:.6rem 0 .2rem;font-size:1rem}
.rate{font-size:.9rem;color:var(--muted);margin:.1rem 0}
svg.chart{max-width:100%;height:auto;font:12px system-ui,sans-serif}
svg.chart .grid{stroke:#e3e3e3}
svg.chart .axis,svg.chart .sep{stroke:#999}
svg.chart .sep{stroke-dasharray:2 3}
svg.chart .bar{fill:#1f6feb;stroke:#0b3d91;stroke-width:1}
svg.chart .bar.converted{fill:url(#none);fill:#9fc3ff;stroke:#0b3d91;stroke-dasharray:3 2}
svg.chart .arrow{fill:#0b3d91}
svg.chart.compact .bar{fill-opacity:.35}
svg.chart .tick,svg.chart .val{fill:#333}
svg.chart .outlet{fill:#111;font-weight:600}
svg.chart a:focus .bar,svg.chart a:hover .bar{stroke:#ffb300;stroke-width:3}
.legend{display:flex;gap:1rem;flex-wrap:wrap;padding:0;list-style:none}
.doc .text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;line-height:1.8;
 max-width:48rem}
mark.fact{background:transparent;color:inherit;border-radius:2px;padding:0 .1em;cursor:pointer;
 text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}
mark.fact .tag{display:inline-block;text-decoration:none;font:600 .65rem/1 system-ui,sans-serif;vertical-align:super;margin-left:.15em;padding:0 .2em;
 border:1px solid currentColor;border-radius:3px}
mark.fact:hover,mark.fact:focus,mark.fact.targeted,mark.fact:target{background:#fff3c4}
mark.fact.in-conflict{font-weight:700}
#pop{position:absolute;z-index:20;max-width:26rem;background:#fff;border:2px solid #222;border-radius:6px;
 padding:.5rem .75rem;box-shadow:0 4px 16px rgba(0,0,0,.25);font:14px/1.4 system-ui,sans-serif}
#pop dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;margin:0}
#pop dt{font-weight:600}
#pop dd{margin:0}
#pop ul{margin:.3rem 0 0;padding-left:1.1rem}
#pop .close{float:right;border:1px solid #999;background:#eee;border-radius:4px;cursor:pointer}
.pager{display:flex;gap:.5rem;align-items:center;margin:.5rem 0}
.pager button{font:inherit;padding:.1rem .6rem}
.docnav{margin:.5rem 0}
@media print{
 nav.toc,.pager,#pop,.noprint{display:none!important}
 .paged>[hidden]{display:block!important}
 tr[hidden]{display:table-row!important}
 body{font-size:11pt}
 main{max-width:none;padding:0}
 a{color:inherit;text-decoration:none}
 .finding,.subject,svg.chart{break-inside:avoid}
 mark.fact{background:none!important}
 .finding.conflict{background:none}
}
"""

JS = r"""
(function(){
 'use strict';
 var dataEl=document.getElementById('nf-data');
 var data=dataEl?JSON.parse(dataEl.textContent):{facts:{},findings:{}};
 // paging of long lists: all items stay in the page (and in print), a page at a time on screen
 document.querySelectorAll('[data-page-size]').forEach(function(list){
  var size=+list.getAttribute('data-page-size');
  var items=Array.prototype.slice.call(list.children);
  if(items.length<=size)return;
  var pages=Math.ceil(items.length/size),page=0;
  var bar=document.createElement('div');bar.className='pager';
  bar.innerHTML='<button type="button" data-act="prev">Previous</button><span aria-live="polite"></span>'+
   '<button type="button" data-act="next">Next</button>';
  list.parentNode.insertBefore(bar,list);
  function show(p){page=Math.max(0,Math.min(pages-1,p));
   items.forEach(function(it,i){it.hidden=Math.floor(i/size)!==page;});
   bar.querySelector('span').textContent='Page '+(page+1)+' of '+pages+' ('+items.length+' items)';}
  bar.addEventListener('click',function(e){var a=e.target.getAttribute('data-act');
   if(a==='prev')show(page-1);if(a==='next')show(page+1);});
  list._nfShow=function(el){var i=items.indexOf(el);if(i>=0)show(Math.floor(i/size));};
  show(0);
 });
 function reveal(el){ // make sure a target inside a paged list is on the visible page
  for(var p=el;p;p=p.parentElement){if(p.parentElement&&p.parentElement._nfShow){p.parentElement._nfShow(p);}}
 }
 var pop=document.getElementById('pop');
 var current=null,pinned=false;
 function esc(s){return String(s==null?'':s).replace(/[&<>"]/g,function(c){
  return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c];});}
 function render(f){
  var rows=[['Value','value',f.value_text],['Unit','unit',f.unit_text],['Stated as','surface',f.surface],
   ['Subject','subject',f.subject],['Period','period',f.period||'none'],['Kind','kind',f.kind],
   ['Dimension','dimension',f.dimension],['Consistent with','interval',f.interval],['Outlet','source',f.source]];
  var h='<button type="button" class="close" aria-label="Close details">\u00d7</button><dl>';
  rows.forEach(function(r){h+='<dt>'+r[0]+'</dt><dd data-field="'+r[1]+'">'+esc(r[2])+'</dd>';});
  h+='</dl>';
  var fs=f.findings||[];
  h+='<div data-field="findings"><b>Findings:</b> '+(fs.length?'':'none')+'<ul>';
  fs.forEach(function(id){var g=data.findings[id];if(!g)return;
   h+='<li><a href="'+esc(g.href)+'"><span class="verdict '+g.verdict+'">'+g.verdict.toUpperCase()+'</span>'+
    esc(g.summary)+'</a></li>';});
  return h+'</ul></div>';
 }
 function open(mark,pin,noFocus){
  var id=mark.getAttribute('data-fact').split(' ')[0];
  var f=data.facts[id];if(!f||!pop)return;
  pop.innerHTML=render(f);pop.setAttribute('data-fact',id);pop.hidden=false;
  var r=mark.getBoundingClientRect(),top=r.bottom+6,h=pop.offsetHeight;
  if(top+h>document.documentElement.clientHeight&&r.top-6-h>=0)top=r.top-6-h;  // no room below: above it
  pop.style.top=(window.scrollY+top)+'px';
  pop.style.left=Math.max(4,Math.min(window.scrollX+r.left,window.scrollX+document.documentElement.clientWidth-pop.offsetWidth-8))+'px';
  current=mark;pinned=!!pin;mark.setAttribute('aria-expanded','true');
  if(pin&&!noFocus)pop.focus({preventScroll:true});  // (scrolling would move the page under the pointer)
 }
 function close(refocus){
  if(!pop||pop.hidden)return;pop.hidden=true;pinned=false;
  if(current){current.setAttribute('aria-expanded','false');if(refocus)current.focus();}
  current=null;
 }
 document.querySelectorAll('mark.fact[data-fact]').forEach(function(m){
  m.addEventListener('mouseenter',function(){if(!pinned)open(m,false);});
  m.addEventListener('mouseleave',function(){if(!pinned&&current===m)setTimeout(function(){
   if(!pinned&&current===m&&!pop.matches(':hover'))close(false);},250);});
  m.addEventListener('click',function(e){e.preventDefault();
   if(pinned&&current===m)close(true);else open(m,true);});
  m.addEventListener('keydown',function(e){
   if(e.key==='Enter'||e.key===' '||e.key==='Spacebar'){e.preventDefault();
    if(pinned&&current===m)close(true);else open(m,true);}
   if(e.key==='Escape')close(true);});
 });
 if(pop){
  pop.addEventListener('mouseleave',function(){if(!pinned)close(false);});
  pop.addEventListener('click',function(e){if(e.target.classList.contains('close'))close(true);});
  pop.addEventListener('keydown',function(e){if(e.key==='Escape')close(true);});
 }
 document.addEventListener('click',function(e){
  if(pinned&&pop&&!pop.contains(e.target)&&!(e.target.closest&&e.target.closest('mark.fact[data-fact]')))close(false);});
 function target(){
  var id=decodeURIComponent(location.hash.slice(1));if(!id)return;
  var el=document.getElementById(id);if(!el)return;
  reveal(el);
  document.querySelectorAll('.targeted').forEach(function(x){x.classList.remove('targeted');});
  var mark=el.matches('mark.fact[data-fact]')?el:(el.closest&&el.closest('mark.fact[data-fact]'));
  el.scrollIntoView({block:'center'});
  if(mark){mark.classList.add('targeted');mark.focus({preventScroll:true});open(mark,true,true);}
 }
 window.addEventListener('hashchange',target);
 target();
})();
"""
